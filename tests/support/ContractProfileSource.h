#pragma once

#include "core/monitor/UsageMonitor.h"
#include "core/profiles/ProfileCatalog.h"
#include "core/profiles/ProfileSource.h"
#include "core/util/Clock.h"

#include <QNetworkAccessManager>
#include <QUrl>
#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace qw::test {

// Which way a client test reaches the real quotawatch-server: the contract client (Session +
// ApiClient + UsagePoller) or the built-in `contract` source profile (ProfileSource).
enum class StatusSource { ContractClient, ContractProfile };

inline std::string statusSourceName(const ::testing::TestParamInfo<StatusSource> &info)
{
    return info.param == StatusSource::ContractClient ? "ContractClient" : "ContractProfile";
}

// A monitor of the built-in contract profile at `baseUrl`, signing in with the profile's
// login auth as `email` / `password` on its first poll.
inline std::unique_ptr<UsageMonitor> contractProfileMonitor(QNetworkAccessManager *nam,
                                                            const Clock &clock, const QUrl &baseUrl,
                                                            const QString &email,
                                                            const QString &password)
{
    auto profile = ProfileCatalog::builtIn(QStringLiteral("contract"));
    EXPECT_TRUE(profile) << "no built-in contract profile";
    if (!profile)
        return nullptr;
    auto source = std::make_unique<ProfileSource>(profile.value(), nam, clock);
    source->setBaseUrl(baseUrl);
    source->setTimeoutMs(5000);
    source->setCredentials({email, password});
    return std::make_unique<UsageMonitor>(std::move(source), clock);
}

} // namespace qw::test
