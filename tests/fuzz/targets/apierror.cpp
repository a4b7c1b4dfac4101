// The body of an API error answer, and the message and advice made from it.

#include "fuzz/fuzztarget.h"

#include "app/api/apierror.h"

using namespace Flightdeck;

FLIGHTDECK_FUZZ_TARGET(apierror)
{
    for (const int status : {400, 401, 404, 409, 412, 422, 429, 500, 503}) {
        const ApiError error = ApiError::fromHttpAnswer(status, data.toByteArray());
        FLIGHTDECK_FUZZ_CHECK(error.error.size() <= qsizetype(data.size()), error.error);
        FLIGHTDECK_FUZZ_CHECK(!error.message().isEmpty(), QString::number(status));
        (void)error.suggestion();
    }
}
