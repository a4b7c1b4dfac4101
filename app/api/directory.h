#pragma once

#include "app/api/apiclient.h"

#include <QList>
#include <QString>

#include <functional>

namespace Flightdeck {

struct Organization
{
    QString id;
    QString slug;
    QString name;
    bool personal = false;
};

struct AppSummary
{
    QString name;
    QString status;
    int machineCount = 0;
};

// Organizations and apps: what the wizard's lists and the Settings page need.
// Each call answers once, through its callback, on `context`'s thread.
class Directory
{
public:
    explicit Directory(ApiClient *api)
        : m_api(api)
    {
    }

    // One cheap authenticated call: does the API accept this token?
    void checkToken(QObject *context, std::function<void(const std::optional<ApiError> &)> done) const;
    void organizations(QObject *context, std::function<void(const QList<Organization> &, const std::optional<ApiError> &)> done) const;
    void apps(const QString &orgSlug, QObject *context, std::function<void(const QList<AppSummary> &, const std::optional<ApiError> &)> done) const;
    enum class NameOwner {
        Free,      // nobody has an app of that name
        Yours,     // an app this token can see
        Elsewhere, // an app of an organization this token cannot see
    };
    // Who holds the app name, as fly-go decides it from GET /apps/<name>.
    void appNameOwner(const QString &name, QObject *context, std::function<void(NameOwner, const std::optional<ApiError> &)> done) const;
    // true: free to take; false: taken (possibly by another organization).
    void isAppNameAvailable(const QString &name, QObject *context, std::function<void(bool, const std::optional<ApiError> &)> done) const;

private:
    ApiClient *m_api;
};

} // namespace Flightdeck
