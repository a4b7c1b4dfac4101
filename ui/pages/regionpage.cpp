#include "ui/pages/regionpage.h"

#include "app/platform/catalog.h"
#include "ui/session/apisession.h"
#include "ui/widgets/loadstatus.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

RegionPage::RegionPage(RunSpecDocument *document, ApiSession *session, QWidget *parent)
    : StepPage(document, fields(), parent)
    , m_session(session)
    , m_status(new LoadStatus(u"regionsStatus"_s, this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    m_filter->setObjectName(u"regionFilter"_s);
    m_filter->setAccessibleName(tr("Find a region"));
    m_filter->setPlaceholderText(tr("Type a city or a code"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"regionList"_s);
    m_list->setWordWrap(true); // a region with its price and notes takes two lines rather than scrolling sideways
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setAccessibleName(tr("Region"));
    m_list->setProperty("jsonKey", u"region"_s);

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Region:"), this);
    label->setBuddy(m_list);
    layout->addWidget(m_filter);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(addMessage(u"region"_s, m_list));

    // The built-in list until the platform answers.
    QList<Entry> builtIn;
    for (const Catalog::Region &region : Catalog::regions())
        builtIn.append({region.code, region.name});
    fill(builtIn);
    connect(m_status, &LoadStatus::retryRequested, this, &RegionPage::load);
    connect(m_filter, &QLineEdit::textChanged, this, &RegionPage::filter);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            edit([&](RunSpec &s) { s.region = item->data(Qt::UserRole).toString(); });
    });
}

QString RegionPage::title()
{
    return tr("Region");
}

QStringList RegionPage::fields()
{
    return {u"region"_s};
}

void RegionPage::shown()
{
    if (!m_fromPlatform && m_status->state() != LoadStatus::State::Loading)
        load();
}

void RegionPage::load()
{
    m_status->setLoading(tr("Asking Fly.io for its regions…"));
    PlatformInfo(m_session->api()).regions(this, [this](const RegionList &list, const std::optional<ApiError> &error) {
        if (error) {
            m_status->setFailed(tr("Fly.io's regions could not be read (%1). The list is the one built into Flightdeck, which may be out of date.")
                                    .arg(error->message()));
            return;
        }
        QList<Entry> entries;
        for (const PlatformRegion &region : list.regions) {
            if (!region.deprecated) // retired: the platform takes no new Machines there
                entries.append({region.code, region.name, region.requiresPaidPlan});
        }
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.name.localeAwareCompare(b.name) < 0; });
        m_nearest = list.nearest;
        m_fromPlatform = true;
        fill(entries);
        const auto nearest = std::find_if(entries.cbegin(), entries.cend(), [this](const Entry &entry) { return entry.code == m_nearest; });
        m_status->setLoaded(nearest == entries.cend() ? tr("%n region(s) from Fly.io.", nullptr, int(entries.size()))
                                                      : tr("%n region(s) from Fly.io; the nearest to you is %1.", nullptr, int(entries.size()))
                                                            .arg(nearest->name));
    });
}

void RegionPage::fill(const QList<Entry> &regions)
{
    m_entries = {Entry{}};
    m_entries += regions;
    const QList<RegionAlias> aliases = PlatformInfo::aliases();
    for (const RegionAlias &alias : aliases)
        m_entries.append({alias.alias, alias.description, false, true});
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, entry.code);
    }
    readSpec(spec());
}

QString RegionPage::itemText(const Entry &entry, const GuestSpec &guest) const
{
    if (entry.code.isEmpty()) {
        const QString from = Catalog::formatPrice(Catalog::monthlyPriceUsd(guest, {}));
        const auto nearest = std::find_if(m_entries.cbegin(), m_entries.cend(), [this](const Entry &e) { return !e.alias && e.code == m_nearest; });
        return nearest == m_entries.cend() || m_nearest.isEmpty() ? tr("Let Fly choose — the region nearest to you (from %1)").arg(from)
                                                                  : tr("Let Fly choose — the region nearest to you, %1 (from %2)").arg(nearest->name, from);
    }
    if (entry.alias)
        return tr("%1 (%2) — Fly picks the region").arg(entry.name, entry.code);
    // Prices: Fly's public price list per region; a region it does not know costs the base price.
    const QString price = Catalog::region(entry.code) ? Catalog::formatPrice(Catalog::monthlyPriceUsd(guest, entry.code))
                                                      : tr("about %1").arg(Catalog::formatPrice(Catalog::monthlyPriceUsd(guest, {})));
    QString text = tr("%1 (%2) — %3").arg(entry.name, entry.code, price);
    if (entry.code == m_nearest)
        text += tr(" — nearest to you");
    if (entry.paidOnly)
        text += tr(" — paid plans only");
    return text;
}

void RegionPage::filter(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void RegionPage::readSpec(const RunSpec &s)
{
    const QSignalBlocker block(m_list);
    QListWidgetItem *current = nullptr;
    for (int i = 0; i < m_list->count() && i < m_entries.size(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setText(itemText(m_entries.at(i), s.guest));
        if (m_entries.at(i).code == s.region)
            current = item;
    }
    // A code the list does not know (typed in the JSON, a list of codes) stays as it is.
    m_list->setCurrentItem(current);
    filter(m_filter->text());
}

} // namespace Flightdeck::Ui
