#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace Flightdeck::Ui {

// The application's one syntax definition repository: loading it is costly,
// so every highlighter shares it.
KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace Flightdeck::Ui
