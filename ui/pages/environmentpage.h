#pragma once

#include "ui/wizard/steppage.h"

namespace Flightdeck::Ui {

class ApiSession;
class FilesTable;
class KeyValueTable;
class LoadStatus;

// Environment variables (typed, pasted as KEY=VALUE lines or imported from a
// .env file) and the files written into the Machine.
class EnvironmentPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentPage)

public:
    EnvironmentPage(RunSpecDocument *document, ApiSession *session, QWidget *parent = nullptr);
    // The step list shows the title, and validation issues of these fields
    // belong to the step, before the page is built.
    static QString title();
    static QStringList fields();

protected:
    void readSpec(const RunSpec &spec) override;
    void shown() override;

private:
    void loadSecrets();

    ApiSession *m_session;
    KeyValueTable *m_env;
    FilesTable *m_files;
    LoadStatus *m_secretsStatus;
    QString m_loadedFor; // the app whose secret names are offered
};

} // namespace Flightdeck::Ui
