#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Flightdeck::Ui {

// The state of a list fetched from the API, shown beside the list: a busy
// bar while it loads, the error with a Retry button when it failed, a short
// summary when it arrived. Loading never blocks the window.
class LoadStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStatus)

public:
    enum class State { Idle, Loading, Failed, Loaded };

    explicit LoadStatus(const QString &objectName, QWidget *parent = nullptr);

    void setLoading(const QString &what);
    void setFailed(const QString &message);
    void setLoaded(const QString &summary);
    void clear();
    State state() const { return m_state; }
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    State m_state = State::Idle;
    QProgressBar *m_busy;
    QLabel *m_label;
    QPushButton *m_retry;
};

} // namespace Flightdeck::Ui
