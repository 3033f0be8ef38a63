#include "ui/NoticeArea.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QVBoxLayout>
#include <gtest/gtest.h>

using namespace qw;

namespace {

QStringList shownTexts(const NoticeArea &area)
{
    QStringList out;
    for (QLabel *l : area.findChildren<QLabel *>()) {
        if (l->objectName() == QStringLiteral("notice") && l->isVisibleTo(&area))
            out << l->text();
    }
    return out;
}

QAbstractButton *closeButtonOf(const NoticeArea &area, const QString &words)
{
    for (QLabel *l : area.findChildren<QLabel *>()) {
        if (l->objectName() != QStringLiteral("notice") || !l->isVisibleTo(&area) ||
            !l->text().contains(words))
            continue;
        for (QAbstractButton *b : l->parentWidget()->findChildren<QAbstractButton *>()) {
            if (b->accessibleName() == QStringLiteral("Dismiss notice"))
                return b;
        }
    }
    return nullptr;
}

} // namespace

TEST(NoticeArea, ANewNoticeReplacesOnlyItsOwnKind)
{
    NoticeArea area;
    area.post(QStringLiteral("a"), QStringLiteral("first a"));
    area.post(QStringLiteral("b"), QStringLiteral("only b"));
    area.post(QStringLiteral("a"), QStringLiteral("second a"));
    EXPECT_EQ(area.kinds(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(area.text(QStringLiteral("a")), QStringLiteral("second a"));
    EXPECT_EQ(area.text(QStringLiteral("b")), QStringLiteral("only b"));
    EXPECT_EQ(shownTexts(area).size(), 2);
}

TEST(NoticeArea, AtMostThreeAreShownAndTheOthersWaitTheirTurn)
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *area = new NoticeArea(&window);
    layout->addWidget(area);
    layout->addStretch(1);
    window.resize(720, 640);
    for (int i = 1; i <= 5; ++i)
        area->post(QStringLiteral("k%1").arg(i), QStringLiteral("notice number %1").arg(i));
    window.show();
    EXPECT_EQ(shownTexts(*area).size(), NoticeArea::maxShown);
    EXPECT_EQ(area->shownKinds(),
              (QStringList{QStringLiteral("k5"), QStringLiteral("k4"), QStringLiteral("k3")}));
    bool more = false;
    for (QLabel *l : area->findChildren<QLabel *>())
        more |= l->objectName() == QStringLiteral("moreNotices") && l->isVisible() &&
                l->text().contains(QStringLiteral("2"));
    EXPECT_TRUE(more);
    EXPECT_LE(area->sizeHint().height(), window.height() / 3);
    QAbstractButton *close = closeButtonOf(*area, QStringLiteral("number 4"));
    ASSERT_NE(close, nullptr);
    close->click();
    EXPECT_EQ(area->shownKinds(),
              (QStringList{QStringLiteral("k5"), QStringLiteral("k3"), QStringLiteral("k2")}));
}

TEST(NoticeArea, ADismissedKindStaysDismissedUntilItsConditionChanges)
{
    NoticeArea area;
    area.post(QStringLiteral("k"), QStringLiteral("the same"), QStringLiteral("detail"));
    area.dismiss(QStringLiteral("k"));
    EXPECT_TRUE(area.kinds().isEmpty());
    EXPECT_TRUE(area.isHidden());
    area.post(QStringLiteral("k"), QStringLiteral("the same"), QStringLiteral("detail"));
    EXPECT_TRUE(area.kinds().isEmpty()) << "the same condition came back";
    area.post(QStringLiteral("k"), QStringLiteral("the same"), QStringLiteral("other detail"));
    EXPECT_EQ(area.kinds(), QStringList{QStringLiteral("k")});
    area.dismiss(QStringLiteral("k"));
    // Its condition ended (clear) and began again: shown again.
    area.clear(QStringLiteral("k"));
    area.post(QStringLiteral("k"), QStringLiteral("the same"), QStringLiteral("other detail"));
    EXPECT_EQ(area.kinds(), QStringList{QStringLiteral("k")});
}

TEST(NoticeArea, AScreenReaderReadsANoticesOwnWords)
{
    // An accessible name on a label replaces its text for assistive technology: a notice
    // must be read as what it says, its role only described.
    NoticeArea area;
    area.post(QStringLiteral("k"), QStringLiteral("The keychain is locked"),
              QStringLiteral("dbus"));
    area.show();
    QLabel *notice = nullptr;
    for (QLabel *l : area.findChildren<QLabel *>()) {
        if (l->objectName() == QStringLiteral("notice"))
            notice = l;
    }
    ASSERT_NE(notice, nullptr);
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(notice);
    ASSERT_NE(a, nullptr);
    EXPECT_TRUE(a->text(QAccessible::Name).contains(QStringLiteral("The keychain is locked")))
        << a->text(QAccessible::Name).toStdString();
}
