#include "preview/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

namespace Flightdeck::Ui {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace Flightdeck::Ui
