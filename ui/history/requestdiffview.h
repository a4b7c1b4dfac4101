#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Flightdeck::Ui {

// Two launches' requests side by side, the older on the left: lines that
// differ marked ("~" changed, "-" only on the left, "+" only on the right,
// with the palette's tints), gaps where one side has no line, both sides
// scrolling together, and what differs named above in JSON paths.
class RequestDiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDiffView)

public:
    explicit RequestDiffView(QWidget *parent = nullptr);

    void compare(const QString &olderTitle, const QJsonObject &older, const QString &newerTitle, const QJsonObject &newer);

private:
    QLabel *m_summary;
    QLabel *m_olderTitle;
    QLabel *m_newerTitle;
    QPlainTextEdit *m_older;
    QPlainTextEdit *m_newer;
};

} // namespace Flightdeck::Ui
