#pragma once

#include "core/profiles/ProfileError.h"

#include <QCoreApplication>
#include <QString>
#include <concepts>

namespace qw {

// A profile's loading error as the user reads it and in the sources' English, built together
// from one QT_TRANSLATE_NOOP source and its arguments: what scripts read (quotawatch-cli
// profiles --json) stays the same bytes in every language.
struct ProfileText {
    QString english;
    QString translated;

    static ProfileText of(const char *context, const char *source)
    {
        return {QString::fromUtf8(source), QCoreApplication::translate(context, source)};
    }
    // Text that is the same in every language: a path, a field, what Qt or the system said.
    static ProfileText verbatim(const QString &text) { return {text, text}; }

    ProfileText arg(const ProfileText &a) const
    {
        return {english.arg(a.english), translated.arg(a.translated)};
    }
    ProfileText arg(const QString &a) const { return arg(verbatim(a)); }
    ProfileText arg(std::integral auto n) const { return arg(QString::number(n)); }
};

inline ProfileError profileError(const QString &file, int line, const QString &field,
                                 const ProfileText &message)
{
    return ProfileError{file, line, field, message.translated, message.english};
}

} // namespace qw
