#include "ui/pages/regionpage.h"

#include "app/platform/catalog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

RegionPage::RegionPage(RunSpecDocument *document, QWidget *parent)
    : StepPage(document, fields(), parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    m_filter->setObjectName(u"regionFilter"_s);
    m_filter->setAccessibleName(tr("Find a region"));
    m_filter->setPlaceholderText(tr("Type a city or a code"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(u"regionList"_s);
    m_list->setAccessibleName(tr("Region"));
    m_list->setProperty("jsonKey", u"region"_s);

    auto *letFly = new QListWidgetItem(m_list);
    letFly->setData(Qt::UserRole, QString());
    for (const Catalog::Region &region : Catalog::regions()) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, region.code);
    }

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Region:"), this);
    label->setBuddy(m_list);
    layout->addWidget(m_filter);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(addMessage(u"region"_s, m_list));

    readSpec(spec());
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
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString code = item->data(Qt::UserRole).toString();
        const QString price = Catalog::formatPrice(Catalog::monthlyPriceUsd(s.guest, code));
        if (code.isEmpty()) {
            item->setText(tr("Let Fly choose — the region nearest to you (from %1)").arg(price));
        } else {
            const Catalog::Region region = *Catalog::region(code);
            item->setText(tr("%1 (%2) — %3").arg(region.name, region.code, price));
        }
        if (code == s.region)
            m_list->setCurrentItem(item);
    }
    // A code the list does not know (typed in the JSON, a new region) stays as it is.
    if (!s.region.isEmpty() && !Catalog::region(s.region))
        m_list->setCurrentItem(nullptr);
    filter(m_filter->text());
}

} // namespace Flightdeck::Ui
