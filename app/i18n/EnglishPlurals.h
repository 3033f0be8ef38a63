#pragma once

#include <QTranslator>

namespace qw {

// The sources are English, so English needs no catalogue, except for plurals: a source
// "%n tenant(s)" reads "1 tenant" and "3 tenants" only through a translator. This one answers
// exactly those lookups (a %n with "(s)" in the source), and leaves every other to the source.
class EnglishPlurals final : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace qw
