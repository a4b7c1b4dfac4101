#pragma once

#include <QString>

#include <optional>

namespace Flightdeck {

// An image reference split the way the OCI distribution spec (and Docker's
// reference grammar) reads it: [host[:port]/]path[:tag][@digest]. flyctl
// writes "registry.fly.io/app:deployment-…@sha256:…" into every config it
// creates, so the tag and the digest often come together.
struct ImageReference
{
    QString host;       // empty: Docker Hub
    QString repository; // the path below the host, e.g. "library/nginx" or "my-app"
    QString tag;        // empty when none is written
    QString digest;     // "sha256:…", empty when none is written

    // nullopt when `text` is not a valid reference.
    static std::optional<ImageReference> parse(const QString &text);

    // What to ask the registry's /v2/<repository>/manifests/<…> for: the
    // digest when there is one (it names exactly one manifest), else the tag,
    // else "latest".
    QString manifestReference() const;
};

} // namespace Flightdeck
