#pragma once

#include "app/api/platforminfo.h"
#include "ui/wizard/steppage.h"

class QLineEdit;
class QListWidget;

namespace Flightdeck::Ui {

class ApiSession;
class LoadStatus;

// The regions the platform lists (GET /v1/platform/regions: the nearest one
// marked, retired ones hidden, paid-plan ones labelled) with the monthly
// price of the chosen size, the region aliases the API accepts, and "let Fly
// choose". Until the platform answers, or when it cannot be asked, the list
// built into Flightdeck stands in, and says so.
class RegionPage final : public StepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionPage)

public:
    RegionPage(RunSpecDocument *document, ApiSession *session, QWidget *parent = nullptr);
    // The step list shows the title, and validation issues of these fields
    // belong to the step, before the page is built.
    static QString title();
    static QStringList fields();

protected:
    void readSpec(const RunSpec &spec) override;
    void shown() override;

private:
    struct Entry
    {
        QString code; // empty: let Fly choose
        QString name;
        bool paidOnly = false;
        bool alias = false;
    };

    void load();
    void fill(const QList<Entry> &regions);
    QString itemText(const Entry &entry, const GuestSpec &guest) const;
    void filter(const QString &text);

    ApiSession *m_session;
    LoadStatus *m_status;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QList<Entry> m_entries;
    QString m_nearest;
    bool m_fromPlatform = false;
};

} // namespace Flightdeck::Ui
