#include "app/cli/console.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <cstdio>
#include <windows.h>
#endif

namespace Flightdeck::Cli {

#if defined(Q_OS_WIN)
namespace {

// A handle the parent passed on (a pipe or a file) is kept as it is.
bool isRedirected(DWORD which)
{
    HANDLE handle = GetStdHandle(which);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE && GetFileType(handle) != FILE_TYPE_UNKNOWN;
}

void reopen(FILE *stream, const char *device, const char *mode)
{
    FILE *reopened = nullptr;
    freopen_s(&reopened, device, mode, stream);
}

} // namespace

void attachToParentConsole()
{
    const bool out = isRedirected(STD_OUTPUT_HANDLE);
    const bool err = isRedirected(STD_ERROR_HANDLE);
    const bool in = isRedirected(STD_INPUT_HANDLE);
    if ((out && err && in) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    if (!out)
        reopen(stdout, "CONOUT$", "w");
    if (!err)
        reopen(stderr, "CONOUT$", "w");
    if (!in)
        reopen(stdin, "CONIN$", "r");
}
#else
void attachToParentConsole() {}
#endif

} // namespace Flightdeck::Cli
