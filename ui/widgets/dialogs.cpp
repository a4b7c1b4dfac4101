#include "ui/widgets/dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QQueue>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui::Dialogs {

namespace {

struct Scripted
{
    bool active = false;
    QQueue<QString> files;
    QQueue<std::optional<QString>> texts;
    QQueue<QMessageBox::StandardButton> buttons;
    QStringList asked;
};

Scripted &script()
{
    static Scripted instance;
    return instance;
}

// The scripted answer for a dialog titled `title`, when a test scripts them.
template<typename T>
std::optional<T> scriptedAnswer(QQueue<T> &answers, const QString &title, const T &refused)
{
    Scripted &s = script();
    if (!s.active)
        return std::nullopt;
    if (answers.isEmpty()) {
        qWarning("Dialogs: no scripted answer for \"%s\"; refused", qUtf8Printable(title));
        s.asked.append(title + u" (unanswered)"_s);
        return refused;
    }
    s.asked.append(title);
    return answers.dequeue();
}

} // namespace

QString openFile(QWidget *parent, const QString &title, const QString &folder, const QString &filter)
{
    if (const std::optional<QString> answer = scriptedAnswer(script().files, title, QString()))
        return *answer;
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (const std::optional<QString> answer = scriptedAnswer(script().files, title, QString()))
        return *answer;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString folder(QWidget *parent, const QString &title, const QString &start)
{
    if (const std::optional<QString> answer = scriptedAnswer(script().files, title, QString()))
        return *answer;
    return QFileDialog::getExistingDirectory(parent, title, start);
}

std::optional<QString> text(QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    if (const auto answer = scriptedAnswer(script().texts, title, std::optional<QString>()))
        return *answer;
    bool ok = false;
    const QString entered = QInputDialog::getMultiLineText(parent, title, label, text, &ok);
    return ok ? std::optional<QString>(entered) : std::nullopt;
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    if (const auto answer = scriptedAnswer(script().buttons, title, QMessageBox::Cancel))
        return *answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    if (scriptedAnswer(script().buttons, title, QMessageBox::Ok))
        return;
    QMessageBox::information(parent, title, text);
}

namespace Script {

void answerFile(const QString &path)
{
    script().active = true;
    script().files.enqueue(path);
}

void answerText(const std::optional<QString> &text)
{
    script().active = true;
    script().texts.enqueue(text);
}

void answerQuestion(QMessageBox::StandardButton button)
{
    script().active = true;
    script().buttons.enqueue(button);
}

QStringList takeAsked()
{
    return std::exchange(script().asked, {});
}

void reset()
{
    script() = Scripted();
}

} // namespace Script

} // namespace Flightdeck::Ui::Dialogs
