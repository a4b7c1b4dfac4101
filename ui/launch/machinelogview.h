#pragma once

#include "app/api/logstream.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Flightdeck {
class ApiClient;
}

namespace Flightdeck::Ui {

// A Machine's log as it arrives: time, level, source and line, with Follow
// (off: new lines wait, counted, until it is on again), find and copy.
class MachineLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MachineLogView)

public:
    explicit MachineLogView(QWidget *parent = nullptr);

    // Clears the view and follows the Machine's log until stop() or the next follow().
    void follow(ApiClient *api, const QString &app, const QString &machineId);
    // The same with a stream someone else owns (a launch's, which reads it for
    // its diagnosis too), after the lines it gave before.
    void follow(LogStream *stream, const QString &machineId, const QList<LogEntry> &earlier);
    void stop();
    void clear();
    bool isFollowing() const { return m_stream && m_stream->isRunning(); }
    QString text() const;

private:
    void append(const QList<LogEntry> &entries);
    void showHeld();
    void findNext();

    QPlainTextEdit *m_text;
    QCheckBox *m_follow;
    QLineEdit *m_find;
    QLabel *m_status;
    QPointer<LogStream> m_stream;
    bool m_ownsStream = false;
    QList<LogEntry> m_held; // arrived while Follow was off
    QString m_machineId;
};

} // namespace Flightdeck::Ui
