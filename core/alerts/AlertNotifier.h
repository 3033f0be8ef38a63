#pragma once

#include "core/alerts/AlertEvent.h"

#include <QObject>

namespace qw {

// Where alerts go to reach the user outside the window: the desktop's notification service.
// The alert path hands each event that is not silenced to notify() once; a front end that
// gets false, or failed() later, shows the event another way (the tray balloon).
class AlertNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Sends the event; false when there is no notification service to send it to now.
    virtual bool notify(const AlertEvent &event) = 0;

Q_SIGNALS:
    // The user chose "Open" on a notification (or clicked it).
    void openRequested();
    // A notification that notify() accepted could not be shown after all.
    void failed(const qw::AlertEvent &event);
};

} // namespace qw
