#include "pages/environmentpage.h"

#include "widgets/keyvaluetable.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

EnvironmentPage::EnvironmentPage(RunSpecDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , m_env(new KeyValueTable(u"env"_s, this))
    , m_metadata(new KeyValueTable(u"metadata"_s, this))
{
    m_env->setAccessibleName(tr("Environment variables"));
    m_env->setProperty("jsonKey", u"env"_s);
    m_metadata->setAccessibleName(tr("Metadata"));
    m_metadata->setProperty("jsonKey", u"metadata"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Environment variables (secrets belong in `fly secrets set`, not here):"), this));
    layout->addWidget(m_env, 2);
    layout->addWidget(addMessage(u"env"_s, m_env));
    layout->addWidget(new QLabel(tr("Metadata:"), this));
    layout->addWidget(m_metadata, 1);
    layout->addWidget(addMessage(u"metadata"_s, m_metadata));

    readSpec(spec());
    connect(m_env, &KeyValueTable::edited, this, [this](const QMap<QString, QString> &values) { edit([&](RunSpec &s) { s.env = values; }); });
    connect(m_metadata, &KeyValueTable::edited, this, [this](const QMap<QString, QString> &values) { edit([&](RunSpec &s) { s.metadata = values; }); });
}

QString EnvironmentPage::title() const
{
    return tr("Environment");
}

QStringList EnvironmentPage::fieldPrefixes() const
{
    return {u"env"_s, u"metadata"_s};
}

void EnvironmentPage::readSpec(const RunSpec &s)
{
    m_env->setValues(s.env);
    m_metadata->setValues(s.metadata);
}

} // namespace Flightdeck::Ui
