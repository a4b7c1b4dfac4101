#include "app/spec/jsontext.h"

namespace Flightdeck::JsonText {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonText)
};

int lineAt(const QByteArray &text, qsizetype offset)
{
    return 1 + int(text.left(offset).count('\n'));
}

} // namespace

Parsed parse(const QByteArray &text)
{
    Parsed parsed;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
            parsed.error = Text::tr("a control character (U+%1), which JSON allows only escaped").arg(byte, 4, 16, QLatin1Char('0'));
            parsed.line = lineAt(text, i);
            return parsed;
        }
    }
    QJsonParseError parseError;
    parsed.document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        parsed.error = parseError.errorString();
        parsed.line = lineAt(text, parseError.offset);
    }
    return parsed;
}

} // namespace Flightdeck::JsonText
