// An image reference. What parses is put together again and parses to the
// same parts.

#include "fuzz/fuzztarget.h"

#include "app/spec/imagereference.h"

using namespace Flightdeck;

FLIGHTDECK_FUZZ_TARGET(imagereference)
{
    const std::optional<ImageReference> first = ImageReference::parse(Fuzz::text(data));
    if (!first)
        return;
    FLIGHTDECK_FUZZ_CHECK(!first->repository.isEmpty(), Fuzz::text(data));
    QString text = first->repository;
    if (!first->host.isEmpty())
        text = first->host + u'/' + text;
    if (!first->tag.isEmpty())
        text += u':' + first->tag;
    if (!first->digest.isEmpty())
        text += u'@' + first->digest;
    const std::optional<ImageReference> second = ImageReference::parse(text);
    FLIGHTDECK_FUZZ_CHECK(second && second->host == first->host && second->repository == first->repository && second->tag == first->tag
                              && second->digest == first->digest,
                          text);
    FLIGHTDECK_FUZZ_CHECK(!first->manifestReference().isEmpty(), text);
}
