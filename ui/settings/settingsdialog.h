#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Flightdeck {
class AppSettings;
}

namespace Flightdeck::Ui {

class ApiSession;

// Flightdeck's preferences: where the API is (Fly.io, a local simulator, or
// a custom address), the token (where it is stored; replace or remove it),
// the image engine, the default organization and region, the language.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(AppSettings *settings, ApiSession *session, QWidget *parent = nullptr);

    // Writes the choices; false (with the reason shown) for an unusable
    // address, an organization that is not a slug, or when the settings
    // file could not be written.
    bool apply();

Q_SIGNALS:
    void replaceTokenRequested(); // go to the Account step

private:
    QGroupBox *endpointBox();
    QGroupBox *tokenBox();
    QGroupBox *defaultsBox();
    void showToken();

    AppSettings *m_settings;
    ApiSession *m_session;
    QButtonGroup *m_endpoint;
    QLineEdit *m_apiUrl;
    QLineEdit *m_graphqlUrl;
    QLabel *m_endpointProblem;
    QLabel *m_token;
    QPushButton *m_removeToken;
    QComboBox *m_engine;
    QLineEdit *m_org;
    QComboBox *m_region;
    QComboBox *m_language;
    QLabel *m_problem;
};

} // namespace Flightdeck::Ui
