#include "ui/pages/accountpage.h"

#include "ui/session/apisession.h"
#include "ui/widgets/statuscolors.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

AccountPage::AccountPage(RunSpecDocument *document, ApiSession *session, QWidget *parent)
    : StepPage(document, fields(), parent)
    , m_session(session)
    , m_firstRun(new QLabel(this))
    , m_state(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_keychain(new QRadioButton(tr("Keep it in the system &keychain"), this))
    , m_sessionOnly(new QRadioButton(tr("Keep it in memory for this &session only"), this))
    , m_use(new QPushButton(tr("&Use this token"), this))
    , m_forget(new QPushButton(tr("Fo&rget the stored token"), this))
    , m_storage(new QLabel(this))
{
    setUpFields();
    layOut();
    connectFields();
    showState();
}

bool AccountPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_token && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_use->isEnabled())
                m_use->click();
            return true;
        }
    }
    return StepPage::eventFilter(watched, event);
}

void AccountPage::setUpFields()
{
    m_firstRun->setObjectName(u"firstRunHelp"_s);
    m_firstRun->setWordWrap(true);
    m_firstRun->setTextFormat(Qt::RichText);
    m_firstRun->setOpenExternalLinks(true);
    m_firstRun->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_firstRun->setText(
        tr("<p><b>Flightdeck has no token yet.</b> Until it has one, every step can still be filled in and the preview shows the "
           "request; launching needs the token. Any one of these gives it one:</p>"
           "<ol><li>Paste a token below. Create it with <code>fly tokens create org</code> (it can also create apps in that "
           "organization) or <code>fly tokens create deploy -a APP</code> (one existing app), or on the Tokens page of the Fly.io "
           "dashboard. <a href=\"%1\">Which token to create</a></li>"
           "<li>Start Flightdeck with the token in the <code>FLY_API_TOKEN</code> environment variable.</li>"
           "<li>Sign in with flyctl (<code>fly auth login</code>): Flightdeck uses the token flyctl keeps.</li></ol>")
            .arg(u"https://fly.io/docs/security/tokens/"_s));
    m_firstRun->setVisible(false);
    m_state->setObjectName(u"tokenState"_s);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_token->setObjectName(u"tokenEdit"_s);
    m_token->setAccessibleName(tr("API token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("paste the token here"));
    m_keychain->setObjectName(u"storeInKeychain"_s);
    m_sessionOnly->setObjectName(u"storeForSession"_s);
    m_keychain->setChecked(true);
    m_use->setObjectName(u"useTokenButton"_s);
    m_use->setEnabled(false);
    m_forget->setObjectName(u"forgetTokenButton"_s);
    m_storage->setObjectName(u"tokenStorageMessage"_s);
    m_storage->setWordWrap(true);
    m_storage->setVisible(false);
}

void AccountPage::layOut()
{
    auto *intro = new QLabel(tr("Flightdeck talks to the Machines API at <b>%1</b> with your Fly.io API token. "
                                "The token is never written to a profile, the history, a log or the preview.")
                                 .arg(m_session->endpoints().machinesApi.toDisplayString().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_use);
    buttons->addStretch();
    buttons->addWidget(m_forget);
    auto *storage = new QVBoxLayout;
    storage->addWidget(m_keychain);
    storage->addWidget(m_sessionOnly);

    auto *form = new QFormLayout;
    form->addRow(tr("Token in use:"), m_state);
    form->addRow(QString(), addMessage(u"token"_s, m_state));
    form->addRow(tr("New &token:"), m_token);
    form->addRow(tr("Remember it:"), storage);
    form->addRow(QString(), buttons);
    form->addRow(QString(), m_storage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_firstRun);
    layout->addLayout(form);
    layout->addStretch();
}

void AccountPage::connectFields()
{
    connect(m_token, &QLineEdit::textChanged, this, [this](const QString &text) { m_use->setEnabled(!text.trimmed().isEmpty()); });
    // Enter in the token field uses the token (and is not the wizard's Next).
    m_token->installEventFilter(this);
    connect(m_use, &QPushButton::clicked, this, [this] {
        m_storage->setVisible(false);
        m_session->useToken(m_token->text(), m_keychain->isChecked() ? ApiSession::Storage::Keychain : ApiSession::Storage::SessionOnly);
        m_token->clear(); // the token stays in the session, not in a widget
    });
    connect(m_forget, &QPushButton::clicked, m_session, &ApiSession::forgetToken);
    connect(m_session, &ApiSession::tokenStateChanged, this, [this] {
        showState();
        Q_EMIT pageIssuesChanged();
    });
    connect(m_session, &ApiSession::storageMessage, this, [this](const QString &message, bool ok) {
        m_storage->setText(message);
        if (ok)
            StatusColors::clearTextRole(m_storage);
        else
            StatusColors::setTextRole(m_storage, StatusColors::Role::Warning);
        m_storage->setVisible(true);
    });
}

QString AccountPage::title()
{
    return tr("Account");
}

QStringList AccountPage::fields()
{
    return {u"token"_s};
}

Issues AccountPage::pageIssues() const
{
    switch (m_session->tokenState()) {
    case ApiSession::TokenState::Valid:
        return {};
    case ApiSession::TokenState::Looking:
    case ApiSession::TokenState::Checking:
        return {Issue{Issue::Severity::Error, u"token"_s, tr("the token is still being checked")}};
    case ApiSession::TokenState::Missing:
        return {Issue{Issue::Severity::Error, u"token"_s, tr("no API token: paste one below (create it with `fly tokens create deploy`)")}};
    case ApiSession::TokenState::Rejected:
        return {Issue{Issue::Severity::Error, u"token"_s, tr("the API refused this token: paste a current one below")}};
    case ApiSession::TokenState::Unreachable:
        return {Issue{Issue::Severity::Warning, u"token"_s, tr("the token could not be checked because the API did not answer; lists stay empty until it does")}};
    }
    return {};
}

void AccountPage::showState()
{
    const QString origin = m_session->originDescription();
    QString text;
    switch (m_session->tokenState()) {
    case ApiSession::TokenState::Looking:
        text = tr("Looking for a token…");
        break;
    case ApiSession::TokenState::Missing:
        text = m_session->stateMessage().isEmpty() ? tr("No token found in FLY_API_TOKEN, flyctl's configuration or the keychain.") : m_session->stateMessage();
        break;
    case ApiSession::TokenState::Checking:
        text = tr("Checking the token (%1)…").arg(origin);
        break;
    case ApiSession::TokenState::Valid:
        text = tr("Accepted by the API — %1.").arg(origin);
        break;
    case ApiSession::TokenState::Rejected:
        text = tr("Refused by the API (%1): %2").arg(origin, m_session->stateMessage());
        break;
    case ApiSession::TokenState::Unreachable:
        text = tr("Not checked (%1): %2").arg(origin, m_session->stateMessage());
        break;
    }
    m_state->setText(text);
    m_firstRun->setVisible(m_session->tokenState() == ApiSession::TokenState::Missing);
    m_forget->setEnabled(m_session->tokenOrigin() == TokenSources::Origin::Keychain);
    m_keychain->setEnabled(m_session->keychainAvailable());
    if (!m_session->keychainAvailable()) {
        m_sessionOnly->setChecked(true);
        m_keychain->setToolTip(tr("This system has no keychain (Secret Service); run `flightdeck token set --plaintext` to opt in to an owner-only file."));
    }
}

} // namespace Flightdeck::Ui
