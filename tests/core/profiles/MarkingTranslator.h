#pragma once

#include <QCoreApplication>
#include <QTranslator>

namespace qw::test {

// Translates every string of the given contexts to «itself», placeholders kept, so a test sees
// which parts of a message went through the catalogue and which stayed as they are. Installed
// for its lifetime.
class MarkingTranslator final : public QTranslator {
public:
    explicit MarkingTranslator(QStringList contexts)
        : m_contexts(std::move(contexts))
    {
        QCoreApplication::installTranslator(this);
    }
    ~MarkingTranslator() override { QCoreApplication::removeTranslator(this); }

    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (!m_contexts.contains(QString::fromUtf8(context)))
            return {};
        return u'«' + QString::fromUtf8(source) + u'»';
    }
    bool isEmpty() const override { return false; }

private:
    QStringList m_contexts;
};

} // namespace qw::test
