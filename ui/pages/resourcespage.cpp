#include "pages/resourcespage.h"

#include "platform/catalog.h"
#include "spec/vmsizing.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

ResourcesPage::ResourcesPage(RunSpecDocument *document, QWidget *parent)
    : StepPage(document, parent)
    , m_preset(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_cpus(new QComboBox(this))
    , m_memory(new QSpinBox(this))
{
    m_preset->setObjectName(u"presetCombo"_s);
    m_preset->setAccessibleName(tr("Size preset"));
    for (const VmSizing::Preset &preset : VmSizing::presets()) {
        if (preset.gpus == 0)
            m_preset->addItem(tr("%1 — %2 CPU, %3 MB").arg(preset.name).arg(preset.cpus).arg(preset.memoryMb), preset.name);
    }
    m_preset->addItem(tr("Custom"), QString());
    m_kind->setObjectName(u"cpuKindCombo"_s);
    m_kind->setAccessibleName(tr("CPU kind"));
    m_kind->addItem(tr("Shared"), u"shared"_s);
    m_kind->addItem(tr("Performance"), u"performance"_s);
    m_cpus->setObjectName(u"cpusCombo"_s);
    m_cpus->setAccessibleName(tr("CPUs"));
    m_memory->setObjectName(u"memorySpin"_s);
    m_memory->setAccessibleName(tr("Memory"));
    m_memory->setSuffix(tr(" MB"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Size:"), m_preset);
    form->addRow(tr("CPU &kind:"), m_kind);
    form->addRow(tr("C&PUs:"), m_cpus);
    form->addRow(QString(), addMessage(u"guest.cpus"_s, m_cpus));
    form->addRow(tr("&Memory:"), m_memory);
    form->addRow(QString(), addMessage(u"guest"_s, m_memory));
    m_cost = new QLabel(this);
    m_cost->setObjectName(u"monthlyCost"_s);
    form->addRow(tr("Cost:"), m_cost);

    m_kind->setProperty("jsonKey", u"cpu_kind"_s);
    m_cpus->setProperty("jsonKey", u"cpus"_s);
    m_memory->setProperty("jsonKey", u"memory_mb"_s);
    m_preset->setProperty("jsonKey", u"guest"_s);
    readSpec(spec());
    connect(m_preset, &QComboBox::activated, this, [this] {
        const std::optional<VmSizing::Preset> preset = VmSizing::preset(m_preset->currentData().toString());
        if (preset)
            edit([&](RunSpec &s) { s.guest.cpuKind = preset->cpuKind, s.guest.cpus = preset->cpus, s.guest.memoryMb = preset->memoryMb; });
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        // A new kind keeps the CPUs where it can and moves memory to the nearest valid value.
        edit([&](RunSpec &s) {
            s.guest.cpuKind = m_kind->currentData().toString();
            const VmSizing::CpuKindRules rules = *VmSizing::rulesFor(s.guest.cpuKind);
            if (!rules.cpuCounts.contains(s.guest.cpus))
                s.guest.cpus = rules.cpuCounts.first();
            s.guest.memoryMb = VmSizing::nearestValidMemoryMb(rules, s.guest.cpus, s.guest.memoryMb);
        });
    });
    connect(m_cpus, &QComboBox::activated, this, [this] {
        edit([&](RunSpec &s) {
            s.guest.cpus = m_cpus->currentData().toInt();
            if (const auto rules = VmSizing::rulesFor(s.guest.cpuKind))
                s.guest.memoryMb = VmSizing::nearestValidMemoryMb(*rules, s.guest.cpus, s.guest.memoryMb);
        });
    });
    connect(m_memory, &QSpinBox::valueChanged, this, [this](int value) { edit([&](RunSpec &s) { s.guest.memoryMb = value; }); });
}

QString ResourcesPage::title() const
{
    return tr("Resources");
}

QStringList ResourcesPage::fieldPrefixes() const
{
    return {u"guest"_s, u"init.swap_size_mb"_s, u"rootfs"_s, u"cache_drive"_s};
}

void ResourcesPage::fillChoices(const GuestSpec &guest)
{
    const std::optional<VmSizing::CpuKindRules> rules = VmSizing::rulesFor(guest.cpuKind);
    m_cpus->clear();
    if (!rules)
        return;
    for (int count : rules->cpuCounts)
        m_cpus->addItem(QString::number(count), count);
    const int cpus = std::max(guest.cpus, 1);
    m_memory->setRange(rules->minMbPerCpu * cpus, rules->maxMbPerCpu * cpus);
    m_memory->setSingleStep(rules->memoryStepMb);
    m_memory->setStepType(QAbstractSpinBox::DefaultStepType);
}

void ResourcesPage::readSpec(const RunSpec &s)
{
    const QSignalBlocker blockPreset(m_preset), blockKind(m_kind), blockCpus(m_cpus), blockMemory(m_memory);
    fillChoices(s.guest);
    const std::optional<VmSizing::Preset> preset = VmSizing::presetFor(s.guest);
    m_preset->setCurrentIndex(m_preset->findData(preset ? preset->name : QString()));
    m_kind->setCurrentIndex(m_kind->findData(s.guest.cpuKind));
    m_cpus->setCurrentIndex(m_cpus->findData(s.guest.cpus));
    m_cost->setText(tr("%1 while running, in %2").arg(Catalog::formatPrice(Catalog::monthlyPriceUsd(s.guest, s.region)),
                                                     s.region.isEmpty() ? tr("the base regions (iad, ewr)") : s.region));
    // A value the rules reject (from JSON or flags) stays in the spec; the message says why.
    if (m_memory->value() != s.guest.memoryMb && s.guest.memoryMb >= m_memory->minimum() && s.guest.memoryMb <= m_memory->maximum())
        m_memory->setValue(s.guest.memoryMb);
}

} // namespace Flightdeck::Ui
