#include "ui/imports/importactions.h"

#include "app/spec/createrequestcodec.h"
#include "app/spec/jsontext.h"
#include "app/spec/flyflags.h"
#include "app/spec/runspecdocument.h"
#include "ui/session/apisession.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/loadstatus.h"
#include "ui/widgets/messagebar.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

ImportActions::ImportActions(QWidget *window, RunSpecDocument *document, ApiSession *session, MessageBar *messages)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_session(session)
    , m_messages(messages)
{
}

void ImportActions::report(const QString &what, const QStringList &leftOut)
{
    if (leftOut.isEmpty())
        m_messages->showMessage(tr("Imported %1.").arg(what));
    else
        m_messages->showMessage(tr("Imported %1, except: %2").arg(what, leftOut.join(u"; "_s)), MessageBar::Kind::Warning);
}

void ImportActions::pasteCommand()
{
    const std::optional<QString> text =
        Dialogs::text(m_window, tr("Import a fly machine run command"), tr("Paste the command (with or without `fly machine run`):"));
    if (text && !text->trimmed().isEmpty())
        importCommandLine(*text);
}

QStringList ImportActions::importCommandLine(const QString &commandLine)
{
    FlyFlags::ParseContext context;
    context.currentDir = m_document->spec().workingDir.isEmpty() ? QDir::currentPath() : m_document->spec().workingDir;
    QString text = commandLine;
    text.replace(u"\\\n"_s, u" "_s); // a command pasted over several lines
    const FlyFlags::ParseResult parsed = FlyFlags::parseCommandLine(text, context);
    if (parsed.unsplittable) {
        m_messages->showMessage(tr("Nothing imported: %1").arg(parsed.issues.first().toLine()), MessageBar::Kind::Error);
        return {parsed.issues.first().toLine()};
    }
    QStringList leftOut;
    for (const Issue &issue : parsed.issues) {
        if (issue.isError())
            leftOut.append(issue.toLine());
    }
    for (const QString &flag : parsed.ignored)
        leftOut.append(tr("%1 (changes nothing here)").arg(flag));
    // What the command does not say stays as the wizard has it.
    RunSpec spec = parsed.spec;
    const RunSpec &current = m_document->spec();
    if (spec.app.isEmpty())
        spec.app = current.app;
    if (spec.org.isEmpty())
        spec.org = current.org;
    if (spec.workingDir.isEmpty())
        spec.workingDir = current.workingDir;
    m_document->setSpec(spec);
    report(tr("the command"), leftOut);
    return leftOut;
}

void ImportActions::openConfigFile()
{
    const QString path = Dialogs::openFile(m_window, tr("Import a Machine config"), QString(), tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messages->showMessage(tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()), MessageBar::Kind::Error);
        return;
    }
    importConfig(file.readAll());
}

QStringList ImportActions::importConfig(const QByteArray &json)
{
    const JsonText::Parsed parsed = JsonText::parse(json);
    const QJsonDocument &document = parsed.document;
    if (!parsed.ok() || !document.isObject()) {
        const QString problem = !parsed.ok() ? parsed.error : tr("a Machine config is a JSON object");
        m_messages->showMessage(tr("Nothing imported: %1").arg(problem), MessageBar::Kind::Error);
        return {problem};
    }
    // A config on top of what the wizard holds, as --machine-config does under the flags.
    const CreateRequestCodec::Decoded decoded = CreateRequestCodec::applyConfig(m_document->spec(), document.object());
    if (!decoded.ok()) {
        m_messages->showMessage(tr("Nothing imported: %1").arg(decoded.error), MessageBar::Kind::Error);
        return {decoded.error};
    }
    m_document->setSpec(decoded.spec);
    report(tr("the Machine config"), {});
    return {};
}

void ImportActions::cloneMachine()
{
    const QString app = m_document->spec().app;
    if (app.isEmpty()) {
        m_messages->showMessage(tr("Choose the app first: the Machines to clone are the app's."), MessageBar::Kind::Warning);
        return;
    }
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Clone a Machine of %1").arg(app));
    auto *machines = new QComboBox(&dialog);
    machines->setObjectName(u"cloneMachineCombo"_s);
    auto *status = new LoadStatus(u"cloneMachinesStatus"_s, &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Machine:"), machines);
    form->addRow(QString(), status);
    form->addRow(buttons);
    const auto load = [&, app] {
        status->setLoading(tr("Loading the Machines of %1…").arg(app));
        m_session->inventory().machines(app, &dialog, [&](const QList<MachineSummary> &list, const std::optional<ApiError> &error) {
            if (error)
                return status->setFailed(error->message());
            machines->clear();
            for (const MachineSummary &machine : list)
                machines->addItem(tr("%1 — %2 in %3 (%4)").arg(machine.id, machine.name, machine.region, machine.state), machine.id);
            status->setLoaded(list.isEmpty() ? tr("%1 has no Machines.").arg(app) : QString());
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!list.isEmpty());
        });
    };
    connect(status, &LoadStatus::retryRequested, &dialog, load);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    load();
    if (dialog.exec() == QDialog::Accepted)
        cloneFrom(app, machines->currentData().toString());
}

void ImportActions::cloneFrom(const QString &app, const QString &machineId)
{
    m_session->inventory().machine(app, machineId, this, [this, app, machineId](const QJsonObject &machine, const std::optional<ApiError> &error) {
        if (error) {
            m_messages->showMessage(tr("Could not read %1: %2").arg(machineId, error->message()), MessageBar::Kind::Error);
            return Q_EMIT cloned({error->message()});
        }
        RunSpec spec;
        spec.app = app;
        spec.org = m_document->spec().org;
        spec.workingDir = m_document->spec().workingDir;
        spec.region = machine.value(u"region"_s).toString();
        QStringList leftOut;
        QJsonObject config = machine.value(u"config"_s).toObject();
        // What belongs to that Machine alone does not carry over (the codec drops its launch id).
        config.remove(u"standbys"_s);
        if (CreateRequestCodec::Decoded decoded = CreateRequestCodec::applyConfig(spec, config); decoded.ok())
            spec = std::move(decoded.spec);
        else
            leftOut.append(decoded.error);
        const QJsonArray mounts = spec.mounts.isEmpty() ? QJsonArray() : config.value(u"mounts"_s).toArray();
        for (const QJsonValue &mount : mounts)
            leftOut.append(tr("the volume %1 (a volume mounts on one Machine: choose another on the Volumes step)").arg(mount.toObject().value(u"volume"_s).toString()));
        spec.mounts.clear();
        m_document->setSpec(spec);
        report(tr("the config of %1").arg(machineId), leftOut);
        Q_EMIT cloned(leftOut);
    });
}

} // namespace Flightdeck::Ui
