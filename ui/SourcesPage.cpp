#include "ui/SourcesPage.h"

#include "core/net/ServerUrl.h"
#include "core/profiles/ProfileCatalog.h"
#include "core/profiles/ProfileSource.h"
#include "core/sources/SourceRegistry.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace qw {

namespace {

constexpr int idRole = Qt::UserRole;
// The profile box's item data for "a profile file": no built-in has an empty name.
const QString fileChoice;

} // namespace

SourcesPage::SourcesPage(SourceRegistry &registry, QNetworkAccessManager *nam, const Clock &clock,
                         QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_nam(nam)
    , m_clock(clock)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(m_list->viewport()))
    , m_rename(new QPushButton(tr("Rena&me"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
    , m_profile(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse\u2026"), this))
    , m_name(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_usernameLabel(new QLabel(tr("&User name:"), this))
    , m_username(new QLineEdit(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_path(new QLineEdit(this))
    , m_test(new QPushButton(tr("T&est"), this))
    , m_add(new QPushButton(tr("A&dd"), this))
    , m_result(new QLabel(this))
{
    m_list->setAccessibleName(tr("Watched sources"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    // Over the list's empty viewport: an empty white box said nothing about what goes there.
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAccessibleName(tr("No sources yet"));
    m_empty->setText(tr("No sources yet. A source is another usage API that Quotawatch watches "
                        "besides your account, such as a rate limiter or a provider's billing "
                        "API; its quotas appear beside yours and raise alerts too.\n\nTo add "
                        "one, choose its profile below, enter its server and credentials, "
                        "press Test, then Add."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *emptyLayout = new QVBoxLayout(m_list->viewport());
    emptyLayout->setContentsMargins(12, 12, 12, 12);
    emptyLayout->addWidget(m_empty);
    m_rename->setAccessibleName(tr("Rename the selected source"));
    m_remove->setAccessibleName(tr("Remove the selected source"));
    m_remove->setToolTip(tr("Stops watching it and forgets its secret."));
    auto *listLabel = new QLabel(tr("Wat&ched besides your account:"), this);
    listLabel->setBuddy(m_list);
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_rename);
    listButtons->addWidget(m_remove);

    for (const QString &name : ProfileCatalog::builtInNames()) {
        const auto profile = ProfileCatalog::builtIn(name);
        if (profile)
            m_profile->addItem(profile->title.isEmpty() ? name : profile->title, name);
    }
    m_profile->addItem(tr("A profile file\u2026"), fileChoice);
    m_profile->setAccessibleName(tr("Profile of the source"));
    m_file->setAccessibleName(tr("Profile file"));
    m_browse->setAccessibleName(tr("Choose a profile file"));
    m_name->setAccessibleName(tr("Name of the source"));
    m_name->setPlaceholderText(tr("As the quota view and alerts will name it"));
    m_server->setAccessibleName(tr("Server address of the source"));
    m_server->setPlaceholderText(QStringLiteral("https://api.example.com"));
    m_username->setAccessibleName(tr("User name for the source"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_path->setAccessibleName(tr("Path of the request"));
    m_path->setPlaceholderText(tr("The profile's own"));
    m_test->setAccessibleName(tr("Test the source"));
    m_test->setToolTip(tr("Fetches its usage once, without adding it."));
    m_add->setAccessibleName(tr("Add the source"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Result of the test"));
    m_result->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *addBox = new QGroupBox(tr("Add a source"), this);
    auto *form = new QFormLayout(addBox);
    const auto labelled = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy); // a layout's row gets no buddy by itself
        return label;
    };
    form->addRow(labelled(tr("&Profile:"), m_profile), m_profile);
    form->addRow(labelled(tr("&File:"), m_file), fileRow);
    form->addRow(labelled(tr("N&ame:"), m_name), m_name);
    form->addRow(labelled(tr("&Server:"), m_server), m_server);
    m_usernameLabel->setBuddy(m_username);
    form->addRow(m_usernameLabel, m_username);
    m_secretLabel->setBuddy(m_secret);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(labelled(tr("Pat&h:"), m_path), m_path);
    auto *addButtons = new QHBoxLayout;
    addButtons->addStretch(1);
    addButtons->addWidget(m_test);
    addButtons->addWidget(m_add);
    form->addRow(addButtons);
    form->addRow(m_result);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(addBox);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &SourcesPage::profileChosen);
    connect(m_file, &QLineEdit::textChanged, this, &SourcesPage::profileChosen);
    connect(m_server, &QLineEdit::textChanged, this, &SourcesPage::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Source profile"), QDir::fromNativeSeparators(m_file->text().trimmed()),
            tr("Source profiles (*.json);;All files (*)"));
        if (!chosen.isEmpty())
            m_file->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_test, &QPushButton::clicked, this, &SourcesPage::test);
    connect(m_add, &QPushButton::clicked, this, &SourcesPage::add);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_list->editItem(item);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_registry.remove(item->data(idRole).toString());
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString id = item->data(idRole).toString();
        const SourceConfig *source = m_registry.find(id);
        if (!source)
            return;
        // An empty name is refused: the item shows the old one again.
        if (!m_registry.rename(id, item->text()) && item->text() != source->name) {
            const QSignalBlocker block(m_list);
            item->setText(source->name);
        }
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &SourcesPage::updateButtons);
    connect(&m_registry, &SourceRegistry::added, this, &SourcesPage::fillList);
    connect(&m_registry, &SourceRegistry::removed, this, &SourcesPage::fillList);
    connect(&m_registry, &SourceRegistry::renamed, this, &SourcesPage::fillList);
    fillList();
    profileChosen();
}

SourcesPage::~SourcesPage() = default;

void SourcesPage::fillList()
{
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(idRole).toString() : QString();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const SourceConfig &s : m_registry.sources()) {
        auto *item = new QListWidgetItem(s.name, m_list);
        item->setData(idRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(tr("%1 at %2").arg(s.profile, s.baseUrl.toDisplayString()));
        if (s.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_empty->setVisible(m_list->count() == 0);
    m_list->setAccessibleDescription(m_list->count() == 0 ? m_empty->text() : QString());
    updateButtons();
}

SourceConfig SourcesPage::formSource() const
{
    SourceConfig s;
    const QString choice = m_profile->currentData().toString();
    s.profile =
        choice == fileChoice ? QDir::fromNativeSeparators(m_file->text().trimmed()) : choice;
    s.name = m_name->text().trimmed();
    s.baseUrl = ServerUrl::fromUserText(m_server->text()); // as the sign-in reads it
    if (m_server->text().trimmed().isEmpty())
        s.baseUrl = QUrl();
    s.username = m_username->isHidden() ? QString() : m_username->text().trimmed();
    s.path = m_path->text().trimmed();
    return s;
}

void SourcesPage::profileChosen()
{
    const bool fromFile = m_profile->currentData().toString() == fileChoice;
    m_file->setEnabled(fromFile);
    m_browse->setEnabled(fromFile);
    // The credentials the profile's authentication takes, and nothing it does not.
    ProfileAuth::Type auth = ProfileAuth::Type::None;
    if (const auto profile = formSource().loadProfile())
        auth = profile->auth.type;
    const bool login = auth == ProfileAuth::Type::Login;
    m_usernameLabel->setVisible(login);
    m_username->setVisible(login);
    QString secretLabel;
    switch (auth) {
    case ProfileAuth::Type::None:
        break;
    case ProfileAuth::Type::Bearer:
        secretLabel = tr("&Token:");
        m_secret->setAccessibleName(tr("Bearer token for the source"));
        break;
    case ProfileAuth::Type::ApiKey:
        secretLabel = tr("API &key:");
        m_secret->setAccessibleName(tr("API key for the source"));
        break;
    case ProfileAuth::Type::Login:
        secretLabel = tr("Pass&word:");
        m_secret->setAccessibleName(tr("Password for the source"));
        break;
    }
    m_secretLabel->setText(secretLabel);
    m_secretLabel->setVisible(!secretLabel.isEmpty());
    m_secret->setVisible(!secretLabel.isEmpty());
    if (!m_name->isModified()) // the user's own name stays
        m_name->setText(fromFile ? QFileInfo(m_file->text().trimmed()).completeBaseName()
                                 : m_profile->currentText());
    updateButtons();
}

void SourcesPage::updateButtons()
{
    const bool ready = !formSource().profile.isEmpty() && !m_server->text().trimmed().isEmpty();
    m_test->setEnabled(ready && !m_testing);
    m_add->setEnabled(ready);
    m_rename->setEnabled(m_list->currentItem() != nullptr);
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

void SourcesPage::showResult(const QString &text, bool problem)
{
    // A sign as well as words for a problem, never colour alone.
    m_result->setText(problem ? tr("\u26a0 %1").arg(text) : text);
    m_result->show();
}

void SourcesPage::test()
{
    auto opened = formSource().open(m_secret->text(), m_nam, m_clock);
    if (!opened) {
        showResult(opened.error(), true);
        return;
    }
    m_testing = std::move(opened).value();
    showResult(tr("Fetching\u2026"), false);
    const auto done = [this] {
        // Not from inside the source's own signal.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_testing.reset();
                updateButtons();
            },
            Qt::QueuedConnection);
    };
    connect(m_testing.get(), &ProfileSource::statusReady, this,
            [this, done](const UsageStatus &status) {
                const int count = int(status.quotas.size());
                showResult(count == 1 ? tr("Fetched 1 quota")
                                      : tr("Fetched %n quotas", nullptr, count),
                           false);
                done();
            });
    connect(m_testing.get(), &ProfileSource::pollFailed, this,
            [this, done](const ProfileSource::Failure &failure) {
                showResult(failure.userMessage(), true);
                done();
            });
    updateButtons();
    m_testing->poll();
}

void SourcesPage::add()
{
    const SourceConfig source = formSource();
    // The same checks as Test, so nothing is added that can never be watched.
    const auto opened = source.open(m_secret->text(), m_nam, m_clock);
    if (!opened) {
        showResult(opened.error(), true);
        return;
    }
    const QString name = source.name.isEmpty() ? source.profile : source.name;
    showResult(tr("Added %1.").arg(name), false);
    m_registry.add(source, m_secret->text(), [page = QPointer(this)](const QString &problem) {
        if (page && !problem.isEmpty())
            page->showResult(problem, true);
    });
    m_secret->clear(); // not kept in the form once handed over
    m_name->clear();
    m_name->setModified(false);
    profileChosen();
}

} // namespace qw
