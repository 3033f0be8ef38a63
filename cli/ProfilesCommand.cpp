#include "cli/ProfilesCommand.h"

#include "cli/ExitCode.h"
#include "cli/ProfileOptions.h"
#include "core/profiles/ProfileCatalog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qw {

int ProfilesCommand::run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("List the built-in source profiles and those in the user's folder."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print one JSON object with every profile."));
    p.addOption(json);
    if (const auto finished = parse(p, args))
        return *finished;

    const QString folder = ProfileOptions::userFolder();
    QJsonArray profiles;
    // A broken profile's error: in English for scripts (--json), in the user's language here.
    QHash<QString, QString> errors;
    for (const QString &name : ProfileCatalog::builtInNames()) {
        const auto profile = ProfileCatalog::builtIn(name);
        profiles.append(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("title"), profile ? profile->title : QString()},
                                    {QStringLiteral("builtIn"), true}});
    }
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const auto profile = ProfileCatalog::fromFile(file.absoluteFilePath());
        QJsonObject o{{QStringLiteral("file"), file.absoluteFilePath()},
                      {QStringLiteral("builtIn"), false}};
        if (profile) {
            o.insert(QStringLiteral("name"), profile->name);
            o.insert(QStringLiteral("title"), profile->title);
        } else {
            o.insert(QStringLiteral("error"), profile.error().toEnglishString());
            errors.insert(file.absoluteFilePath(), profile.error().toString());
        }
        profiles.append(o);
    }

    if (p.isSet(json)) {
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("folder"), folder},
                                      {QStringLiteral("profiles"), profiles}})
                .toJson(QJsonDocument::Indented));
        return Ok;
    }
    m_out << tr("Built-in profiles:") << '\n';
    for (const QJsonValue &v : profiles) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("builtIn")).toBool())
            m_out << "  " << o.value(QStringLiteral("name")).toString().leftJustified(20) << ' '
                  << o.value(QStringLiteral("title")).toString() << '\n';
    }
    m_out << tr("Profiles in %1:").arg(folder) << '\n';
    if (files.isEmpty())
        m_out << "  " << tr("none", "no profiles") << '\n';
    for (const QJsonValue &v : profiles) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("builtIn")).toBool())
            continue;
        if (o.contains(QStringLiteral("error")))
            m_out << "  " << errors.value(o.value(QStringLiteral("file")).toString()) << '\n';
        else
            m_out << "  " << o.value(QStringLiteral("name")).toString().leftJustified(20) << ' '
                  << tr("%1 (%2)", "a profile's title (its file)")
                         .arg(o.value(QStringLiteral("title")).toString(),
                              o.value(QStringLiteral("file")).toString())
                  << '\n';
    }
    return Ok;
}

} // namespace qw
