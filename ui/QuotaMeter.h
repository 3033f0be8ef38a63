#pragma once

#include "core/domain/QuotaLevel.h"

#include <QWidget>
#include <optional>

namespace qw {

// The bar itself: a track filled to the used fraction in the level's colour. Stale data is
// drawn hatched and desaturated; an unlimited quota shows an empty, dashed track.
class QuotaMeter final : public QWidget {
    Q_OBJECT
public:
    explicit QuotaMeter(QWidget *parent = nullptr);

    void setValue(std::optional<double> percent, QuotaLevel level);
    void setStale(bool stale);
    std::optional<double> percent() const { return m_percent; }
    bool isStale() const { return m_stale; }

    QSize sizeHint() const override { return {240, 14}; }
    QSize minimumSizeHint() const override { return {60, 10}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<double> m_percent;
    QuotaLevel m_level = QuotaLevel::Ok;
    bool m_stale = false;
};

} // namespace qw
