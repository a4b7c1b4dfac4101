#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;

namespace Flightdeck::Ui {

// A strip across the top of the window for news that needs no dialog: a
// draft to restore, what a profile could not keep, a launch that finished
// while the window was in the background. Each message may offer buttons.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind { Information, Warning, Error };
    struct Action
    {
        QString text;
        QString objectName;
        std::function<void()> run;
    };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Information, const QList<Action> &actions = {});
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTint();

    Kind m_kind = Kind::Information;
    QLabel *m_label;
    QHBoxLayout *m_buttons;
};

} // namespace Flightdeck::Ui
