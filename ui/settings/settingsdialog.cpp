#include "ui/settings/settingsdialog.h"

#include "app/api/endpoints.h"
#include "app/platform/catalog.h"
#include "app/settings/appsettings.h"
#include "app/settings/translations.h"
#include "app/spec/validation.h"
#include "ui/session/apisession.h"
#include "ui/widgets/statuscolors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

namespace {

enum EndpointChoice { FlyIo, Simulator, Custom };
constexpr auto simulatorUrl = "http://127.0.0.1:4280";

} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, ApiSession *session, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_session(session)
    , m_endpoint(new QButtonGroup(this))
    , m_apiUrl(new QLineEdit(this))
    , m_graphqlUrl(new QLineEdit(this))
    , m_endpointProblem(new QLabel(this))
    , m_token(new QLabel(this))
    , m_removeToken(new QPushButton(tr("Re&move from the keychain"), this))
    , m_engine(new QComboBox(this))
    , m_org(new QLineEdit(this))
    , m_region(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(endpointBox());
    layout->addWidget(tokenBox());
    layout->addWidget(defaultsBox());
    m_problem->setObjectName(u"settingsProblem"_s);
    StatusColors::setTextRole(m_problem, StatusColors::Role::Error);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

// Where the API is: Fly.io, the local simulator, or an address of the user's.
QGroupBox *SettingsDialog::endpointBox()
{
    auto *fly = new QRadioButton(tr("&Fly.io (https://api.machines.dev)"), this);
    fly->setObjectName(u"endpointFly"_s);
    auto *simulator = new QRadioButton(tr("The local &simulator (%1)").arg(QLatin1StringView(simulatorUrl)), this);
    simulator->setObjectName(u"endpointSimulator"_s);
    auto *custom = new QRadioButton(tr("&Custom:"), this);
    custom->setObjectName(u"endpointCustom"_s);
    m_endpoint->addButton(fly, FlyIo);
    m_endpoint->addButton(simulator, Simulator);
    m_endpoint->addButton(custom, Custom);
    m_apiUrl->setObjectName(u"apiUrlEdit"_s);
    m_apiUrl->setAccessibleName(tr("Machines API address"));
    m_apiUrl->setPlaceholderText(tr("https://… (http only for this computer)"));
    m_graphqlUrl->setObjectName(u"graphqlUrlEdit"_s);
    m_graphqlUrl->setAccessibleName(tr("GraphQL address"));
    m_graphqlUrl->setPlaceholderText(tr("empty: the API address with /graphql"));
    m_endpointProblem->setObjectName(u"endpointProblem"_s);
    StatusColors::setTextRole(m_endpointProblem, StatusColors::Role::Error);
    m_endpointProblem->setWordWrap(true);
    m_endpointProblem->setVisible(false);
    const QString apiUrl = m_settings->apiUrl();
    if (apiUrl.isEmpty())
        fly->setChecked(true);
    else if (apiUrl == QLatin1StringView(simulatorUrl))
        simulator->setChecked(true);
    else
        custom->setChecked(true);
    m_apiUrl->setText(apiUrl == QLatin1StringView(simulatorUrl) ? QString() : apiUrl);
    m_graphqlUrl->setText(m_settings->graphqlUrl());
    const auto enableCustom = [this] {
        m_apiUrl->setEnabled(m_endpoint->checkedId() == Custom);
        m_graphqlUrl->setEnabled(m_endpoint->checkedId() == Custom);
    };
    connect(m_endpoint, &QButtonGroup::idClicked, this, enableCustom);
    enableCustom();
    auto *endpointBox = new QGroupBox(tr("Machines API"), this);
    auto *endpointForm = new QFormLayout(endpointBox);
    endpointForm->addRow(fly);
    endpointForm->addRow(simulator);
    endpointForm->addRow(custom, m_apiUrl);
    endpointForm->addRow(tr("&GraphQL:"), m_graphqlUrl);
    endpointForm->addRow(m_endpointProblem);
    endpointForm->addRow(new QLabel(tr("FLY_FLAPS_BASE_URL and FLY_API_BASE_URL, when set, win over this. Applies at the next start."), this));
    return endpointBox;
}

// The token in use, where it comes from, and replacing or removing it.
QGroupBox *SettingsDialog::tokenBox()
{
    m_token->setObjectName(u"settingsTokenState"_s);
    m_token->setWordWrap(true);
    auto *replace = new QPushButton(tr("&Replace…"), this);
    replace->setObjectName(u"settingsReplaceToken"_s);
    m_removeToken->setObjectName(u"settingsRemoveToken"_s);
    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(replace);
    tokenButtons->addWidget(m_removeToken);
    tokenButtons->addStretch();
    auto *tokenBox = new QGroupBox(tr("API token"), this);
    auto *tokenLayout = new QVBoxLayout(tokenBox);
    tokenLayout->addWidget(m_token);
    tokenLayout->addLayout(tokenButtons);
    connect(replace, &QPushButton::clicked, this, [this] {
        Q_EMIT replaceTokenRequested();
        reject();
    });
    connect(m_removeToken, &QPushButton::clicked, m_session, &ApiSession::forgetToken);
    connect(m_session, &ApiSession::tokenStateChanged, this, &SettingsDialog::showToken);
    connect(m_session, &ApiSession::storageMessage, m_token, [this](const QString &message) { m_token->setText(m_token->text() + u"\n"_s + message); });
    showToken();
    return tokenBox;
}

// Defaults for new launches, and the language.
QGroupBox *SettingsDialog::defaultsBox()
{
    m_engine->setObjectName(u"settingsEngine"_s);
    m_engine->addItem(tr("The first one installed"), QString());
    for (const QString &engine : {u"docker"_s, u"podman"_s, u"buildah"_s})
        m_engine->addItem(engine, engine);
    m_engine->setCurrentIndex(std::max(0, m_engine->findData(m_settings->imageEngine())));
    m_org->setObjectName(u"settingsOrg"_s);
    m_org->setPlaceholderText(tr("empty: your personal organization"));
    m_org->setText(m_settings->defaultOrg());
    m_region->setObjectName(u"settingsRegion"_s);
    m_region->addItem(tr("Let Fly choose (the nearest)"), QString());
    for (const Catalog::Region &region : Catalog::regions())
        m_region->addItem(u"%1 (%2)"_s.arg(region.name, region.code), region.code);
    m_region->setCurrentIndex(std::max(0, m_region->findData(m_settings->defaultRegion())));
    m_language->setObjectName(u"settingsLanguage"_s);
    m_language->addItem(tr("The system's"), QString());
    // Each language by its own name, as its speakers look for it.
    const QStringList languages = availableLanguages();
    for (const QString &language : languages) {
        const QString name = QLocale(language).nativeLanguageName();
        m_language->addItem(name.left(1).toUpper() + name.mid(1), language);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->language())));
    auto *defaults = new QGroupBox(tr("Defaults"), this);
    auto *defaultsForm = new QFormLayout(defaults);
    defaultsForm->addRow(tr("&Image engine:"), m_engine);
    defaultsForm->addRow(tr("&Organization for new apps:"), m_org);
    defaultsForm->addRow(tr("R&egion:"), m_region);
    defaultsForm->addRow(tr("&Language (at the next start):"), m_language);
    return defaults;
}

void SettingsDialog::showToken()
{
    const bool present = m_session->tokenOrigin() != TokenSources::Origin::None;
    m_token->setText(present ? tr("A token is in use, %1.").arg(m_session->originDescription()) : tr("No token is stored."));
    m_removeToken->setEnabled(m_session->tokenOrigin() == TokenSources::Origin::Keychain);
}

bool SettingsDialog::apply()
{
    m_endpointProblem->setVisible(false);
    m_problem->setVisible(false);
    QString apiUrl;
    QString graphqlUrl;
    switch (m_endpoint->checkedId()) {
    case Simulator:
        apiUrl = QLatin1StringView(simulatorUrl);
        graphqlUrl = apiUrl + u"/graphql"_s;
        break;
    case Custom:
        apiUrl = m_apiUrl->text().trimmed();
        graphqlUrl = m_graphqlUrl->text().trimmed();
        if (graphqlUrl.isEmpty() && !apiUrl.isEmpty())
            graphqlUrl = apiUrl + u"/graphql"_s;
        break;
    default:
        break;
    }
    for (const QString &url : {apiUrl, graphqlUrl}) {
        if (url.isEmpty())
            continue;
        const QUrl parsed(url);
        std::optional<QString> problem = parsed.isValid() && !parsed.host().isEmpty() ? transportProblem(parsed) : std::optional<QString>(tr("not an address"));
        if (problem) {
            m_endpointProblem->setText(tr("%1: %2").arg(url, *problem));
            m_endpointProblem->setVisible(true);
            return false;
        }
    }
    if (const std::optional<QString> problem = Validation::orgSlugProblem(m_org->text().trimmed())) {
        m_problem->setText(tr("Organization for new apps: %1").arg(*problem));
        m_problem->setVisible(true);
        m_org->setFocus();
        return false;
    }
    m_settings->setApiUrl(apiUrl);
    m_settings->setGraphqlUrl(graphqlUrl);
    m_settings->setImageEngine(m_engine->currentData().toString());
    m_settings->setDefaultOrg(m_org->text().trimmed());
    m_settings->setDefaultRegion(m_region->currentData().toString());
    m_settings->setLanguage(m_language->currentData().toString());
    QString why;
    if (!m_settings->sync(&why)) {
        m_problem->setText(tr("The settings could not be saved to %1: %2. They apply until Flightdeck quits; OK tries again.")
                                   .arg(QDir::toNativeSeparators(m_settings->fileName()), why));
        m_problem->setVisible(true);
        return false;
    }
    return true;
}

} // namespace Flightdeck::Ui
