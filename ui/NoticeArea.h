#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace qw {

// The window's notices: things the user should know that are not the data's state (no
// keychain, no tray, a file that could not be read, an export that failed). Each has a
// kind: a new notice of a kind replaces only that kind's, so no notice hides another. The
// newest few are shown, each with a close button; the others wait their turn. A dismissed
// kind stays hidden while the same notice is posted again (its condition has not changed)
// and comes back when another is posted, or after clear().
class NoticeArea final : public QWidget {
    Q_OBJECT
public:
    static constexpr int maxShown = 3; // a compact stack: never a third of the window

    explicit NoticeArea(QWidget *parent = nullptr);

    // details: what only someone looking into it needs (a system's own error text): shown
    // on demand and as the notice's tooltip, never in its sentence.
    void post(const QString &kind, const QString &text, const QString &details = {});
    // The condition behind kind is over: its notice goes, and its dismissal is forgotten.
    void clear(const QString &kind);
    // As the close button does.
    void dismiss(const QString &kind);

    // The kinds on screen (posted, not dismissed), newest first; then those waiting.
    QStringList kinds() const;
    QStringList shownKinds() const;
    QString text(const QString &kind) const; // empty when there is none of kind
    QString details(const QString &kind) const;
    bool isDismissed(const QString &kind) const { return m_dismissed.contains(kind); }

Q_SIGNALS:
    void dismissed(const QString &kind);

private:
    struct Notice {
        QString kind;
        QString text;
        QString details;
        QWidget *row = nullptr; // while shown
    };
    QWidget *makeRow(const Notice &notice);
    void relayout();

    QList<Notice> m_notices;             // newest first
    QHash<QString, QString> m_dismissed; // kind -> the text and details it had
    QVBoxLayout *m_rows;
    QLabel *m_more;
};

// The kinds of the app's notices.
namespace NoticeKind {
inline const QString credentialStorage = QStringLiteral("credential-storage");
inline const QString noTray = QStringLiteral("no-tray");
inline const QString scheduledExport = QStringLiteral("scheduled-export");
inline const QString anonymousCounter = QStringLiteral("anonymous-counter");
inline const QString anonymousHandover = QStringLiteral("anonymous-handover");
// A monitor's local files (history, alert state): one kind per monitor and problem, since
// one opening can find both files damaged. who: empty for the account, else a source's id.
QString localData(const QString &who, const QString &message);
} // namespace NoticeKind

} // namespace qw
