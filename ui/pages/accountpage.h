#pragma once

#include "ui/wizard/steppage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Flightdeck::Ui {

class ApiSession;

// The API token: where the one in use comes from and whether the API accepts
// it; a field to enter another, kept in the keychain or for this session only.
// With no token anywhere (a first run) it says how to get one.
class AccountPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPage)

public:
    AccountPage(RunSpecDocument *document, ApiSession *session, QWidget *parent = nullptr);
    // The step list shows the title, and validation issues of these fields
    // belong to the step, before the page is built.
    static QString title();
    static QStringList fields();
    Issues pageIssues() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void readSpec(const RunSpec &) override {}

private:
    void setUpFields();
    void layOut();
    void connectFields();
    void showState();

    ApiSession *m_session;
    QLabel *m_firstRun; // shown while there is no token anywhere
    QLabel *m_state;
    QLineEdit *m_token;
    QRadioButton *m_keychain;
    QRadioButton *m_sessionOnly;
    QPushButton *m_use;
    QPushButton *m_forget;
    QLabel *m_storage;
};

} // namespace Flightdeck::Ui
