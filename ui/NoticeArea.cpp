#include "ui/NoticeArea.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace qw {

namespace {
// What makes two postings of a kind the same condition.
QString conditionOf(const QString &text, const QString &details)
{
    return text + QLatin1Char('\n') + details;
}
} // namespace

QString NoticeKind::localData(const QString &who, const QString &message)
{
    // The message names the file and what happened to it: the same problem gives the same key.
    const QByteArray hash =
        QCryptographicHash::hash(message.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("local-data/%1/%2").arg(who, QString::fromLatin1(hash));
}

NoticeArea::NoticeArea(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout)
    , m_more(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(1);
    layout->addLayout(m_rows);
    // A label's accessible name replaces its text for screen readers: the role goes in the
    // description, the text is read as it is.
    m_more->setObjectName(QStringLiteral("moreNotices"));
    m_more->setAccessibleDescription(tr("More notices"));
    m_more->setContentsMargins(8, 0, 8, 2);
    m_more->hide();
    layout->addWidget(m_more);
    hide();
}

void NoticeArea::post(const QString &kind, const QString &text, const QString &details)
{
    if (text.isEmpty()) {
        clear(kind);
        return;
    }
    const QString condition = conditionOf(text, details);
    const auto dismissed = m_dismissed.constFind(kind);
    if (dismissed != m_dismissed.cend()) {
        if (*dismissed == condition)
            return; // the user has seen it: the same again is no news
        m_dismissed.erase(dismissed);
    }
    for (qsizetype i = 0; i < m_notices.size(); ++i) {
        if (m_notices[i].kind != kind)
            continue;
        if (conditionOf(m_notices[i].text, m_notices[i].details) == condition)
            return; // already shown as it is
        m_notices.removeAt(i);
        break;
    }
    m_notices.prepend(Notice{kind, text, details});
    relayout();
}

void NoticeArea::clear(const QString &kind)
{
    m_dismissed.remove(kind);
    const auto removed = m_notices.removeIf([&kind](const Notice &n) { return n.kind == kind; });
    if (removed > 0)
        relayout();
}

void NoticeArea::dismiss(const QString &kind)
{
    for (qsizetype i = 0; i < m_notices.size(); ++i) {
        if (m_notices[i].kind != kind)
            continue;
        m_dismissed.insert(kind, conditionOf(m_notices[i].text, m_notices[i].details));
        const QWidget *focus = QApplication::focusWidget();
        const bool hadFocus = focus && isAncestorOf(focus);
        m_notices.removeAt(i);
        relayout();
        // A keyboard user stays in the notices (the next close button) while there are any.
        if (hadFocus) {
            const auto buttons = findChildren<QToolButton *>(QStringLiteral("dismissNotice"));
            for (QToolButton *b : buttons) {
                if (b->isVisibleTo(this)) {
                    b->setFocus(Qt::TabFocusReason);
                    break;
                }
            }
        }
        Q_EMIT dismissed(kind);
        return;
    }
}

QStringList NoticeArea::kinds() const
{
    QStringList out;
    for (const Notice &n : m_notices)
        out << n.kind;
    return out;
}

QStringList NoticeArea::shownKinds() const
{
    return kinds().mid(0, maxShown);
}

QString NoticeArea::text(const QString &kind) const
{
    for (const Notice &n : m_notices) {
        if (n.kind == kind)
            return n.text;
    }
    return {};
}

QString NoticeArea::details(const QString &kind) const
{
    for (const Notice &n : m_notices) {
        if (n.kind == kind)
            return n.details;
    }
    return {};
}

QWidget *NoticeArea::makeRow(const Notice &notice)
{
    auto *row = new QWidget(this);
    row->setAutoFillBackground(true);
    row->setBackgroundRole(QPalette::AlternateBase);
    auto *grid = new QVBoxLayout(row);
    grid->setContentsMargins(8, 4, 4, 4);
    grid->setSpacing(2);
    auto *line = new QHBoxLayout;
    grid->addLayout(line);

    auto *label = new QLabel(tr("\u2139 %1").arg(notice.text), row);
    label->setObjectName(QStringLiteral("notice"));
    label->setAccessibleDescription(tr("Notice"));
    label->setWordWrap(true);
    label->setToolTip(notice.details);
    line->addWidget(label, 1);

    if (!notice.details.isEmpty()) {
        auto *detailsLabel = new QLabel(notice.details, row);
        detailsLabel->setObjectName(QStringLiteral("noticeDetailsText"));
        detailsLabel->setAccessibleDescription(tr("Notice details"));
        detailsLabel->setWordWrap(true);
        detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        detailsLabel->setForegroundRole(QPalette::PlaceholderText);
        detailsLabel->hide();
        grid->addWidget(detailsLabel);
        auto *more = new QToolButton(row);
        more->setObjectName(QStringLiteral("noticeDetails"));
        more->setText(tr("Details"));
        more->setAccessibleName(tr("Show the details of this notice"));
        more->setCheckable(true);
        more->setAutoRaise(true);
        more->setFocusPolicy(Qt::StrongFocus);
        connect(more, &QToolButton::toggled, detailsLabel, &QLabel::setVisible);
        line->addWidget(more, 0, Qt::AlignTop);
    }

    auto *close = new QToolButton(row);
    close->setObjectName(QStringLiteral("dismissNotice"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    if (close->icon().isNull())
        close->setText(QStringLiteral("\u2715"));
    close->setAccessibleName(tr("Dismiss notice"));
    close->setAccessibleDescription(notice.text);
    close->setToolTip(tr("Dismiss this notice"));
    close->setAutoRaise(true);
    close->setFocusPolicy(Qt::StrongFocus);
    const QString kind = notice.kind;
    connect(close, &QToolButton::clicked, this, [this, kind] { dismiss(kind); });
    line->addWidget(close, 0, Qt::AlignTop);
    return row;
}

void NoticeArea::relayout()
{
    // The rows of notices still shown stay (and a keyboard user's focus in them); the others
    // go, later: a row's own close button may be what is calling.
    const qsizetype shown = std::min<qsizetype>(m_notices.size(), maxShown);
    QList<QWidget *> kept;
    for (qsizetype i = 0; i < m_notices.size(); ++i) {
        Notice &n = m_notices[i];
        if (i < shown) {
            if (!n.row)
                n.row = makeRow(n);
            kept << n.row;
        } else {
            n.row = nullptr; // deleted below
        }
    }
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *w = item->widget(); w && !kept.contains(w)) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (QWidget *row : kept) {
        m_rows->addWidget(row);
        row->show(); // now, not when the layout gets round to it
    }
    const qsizetype waiting = m_notices.size() - shown;
    if (waiting > 0)
        m_more->setText(
            tr("%n more notice(s): dismiss one to see the next.", nullptr, int(waiting)));
    m_more->setVisible(waiting > 0);
    setVisible(!m_notices.isEmpty());
}

} // namespace qw
