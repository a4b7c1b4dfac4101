#include "ui/pages/resourcespage.h"

#include "app/platform/catalog.h"
#include "app/spec/shellwords.h"
#include "app/spec/vmsizing.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

ResourcesPage::ResourcesPage(RunSpecDocument *document, QWidget *parent)
    : StepPage(document, fields(), parent)
    , m_preset(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_cpus(new QComboBox(this))
    , m_memory(new QSpinBox(this))
    , m_advancedToggle(new QToolButton(this))
    , m_advanced(new QWidget(this))
    , m_swap(new QSpinBox(this))
    , m_rootfsSize(new QSpinBox(this))
    , m_rootfsPersist(new QComboBox(this))
    , m_kernelArgs(new QLineEdit(this))
    , m_hostDedication(new QLineEdit(this))
{
    auto *form = new QFormLayout(this);
    buildSize(form);
    buildAdvanced();
    form->addRow(m_advancedToggle);
    form->addRow(m_advanced);
    readSpec(spec());
    connectSize();
    connectAdvanced();
}

// Preset, CPU kind, CPUs and memory, with the monthly cost.
void ResourcesPage::buildSize(QFormLayout *form)
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

    m_kind->setProperty("jsonKey", u"cpu_kind"_s);
    m_cpus->setProperty("jsonKey", u"cpus"_s);
    m_memory->setProperty("jsonKey", u"memory_mb"_s);
    m_preset->setProperty("jsonKey", u"guest"_s);
    form->addRow(tr("&Size:"), m_preset);
    form->addRow(tr("CPU &kind:"), m_kind);
    form->addRow(tr("C&PUs:"), m_cpus);
    form->addRow(QString(), addMessage(u"guest.cpus"_s, m_cpus));
    form->addRow(tr("M&emory:"), m_memory);
    form->addRow(QString(), addMessage(u"guest"_s, m_memory));
    m_cost = new QLabel(this);
    m_cost->setObjectName(u"monthlyCost"_s);
    form->addRow(tr("Cost:"), m_cost);

}

// Swap, root file system, kernel arguments, host dedication: folded away.
void ResourcesPage::buildAdvanced()
{
    m_advancedToggle->setObjectName(u"advancedToggle"_s);
    m_advancedToggle->setText(tr("Ad&vanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advanced->setObjectName(u"advancedResources"_s);
    m_advanced->setVisible(false);
    m_swap->setObjectName(u"swapSpin"_s);
    m_swap->setAccessibleName(tr("Swap"));
    m_swap->setRange(0, 65536);
    m_swap->setSingleStep(256);
    m_swap->setSuffix(tr(" MB"));
    m_swap->setSpecialValueText(tr("none"));
    m_swap->setProperty("jsonKey", u"swap_size_mb"_s);
    m_rootfsSize->setObjectName(u"rootfsSizeSpin"_s);
    m_rootfsSize->setAccessibleName(tr("Root file system size"));
    m_rootfsSize->setRange(0, 500);
    m_rootfsSize->setSuffix(tr(" GB"));
    m_rootfsSize->setSpecialValueText(tr("the image's size"));
    m_rootfsSize->setProperty("jsonKey", u"rootfs"_s);
    m_rootfsPersist->setObjectName(u"rootfsPersistCombo"_s);
    m_rootfsPersist->setAccessibleName(tr("Keep the root file system"));
    m_rootfsPersist->addItem(tr("Platform default (a fresh one on every start)"), QString());
    m_rootfsPersist->addItem(tr("Never"), u"never"_s);
    m_rootfsPersist->addItem(tr("Across restarts"), u"restart"_s);
    m_rootfsPersist->addItem(tr("Always"), u"always"_s);
    m_rootfsPersist->setProperty("jsonKey", u"rootfs"_s);
    m_kernelArgs->setObjectName(u"kernelArgsEdit"_s);
    m_kernelArgs->setAccessibleName(tr("Kernel arguments"));
    m_kernelArgs->setPlaceholderText(tr("empty: the platform's"));
    m_kernelArgs->setToolTip(tr("Words as in a shell: quote an argument that holds spaces"));
    m_kernelArgs->setProperty("jsonKey", u"kernel_args"_s);
    m_hostDedication->setObjectName(u"hostDedicationEdit"_s);
    m_hostDedication->setAccessibleName(tr("Host dedication id"));
    m_hostDedication->setPlaceholderText(tr("empty: shared hosts"));
    m_hostDedication->setProperty("jsonKey", u"host_dedication_id"_s);
    auto *advanced = new QFormLayout(m_advanced);
    advanced->setContentsMargins(0, 0, 0, 0);
    advanced->addRow(tr("S&wap:"), m_swap);
    advanced->addRow(QString(), addMessage(u"init.swap_size_mb"_s, m_swap));
    advanced->addRow(tr("Root file system si&ze:"), m_rootfsSize);
    advanced->addRow(tr("Keep root file s&ystem:"), m_rootfsPersist);
    advanced->addRow(QString(), addMessage(u"rootfs"_s, m_rootfsSize));
    advanced->addRow(tr("Kernel ar&guments:"), m_kernelArgs);
    advanced->addRow(QString(), addMessage(u"guest.kernel_args"_s, m_kernelArgs));
    advanced->addRow(tr("Host &dedication:"), m_hostDedication);
    advanced->addRow(QString(), addMessage(u"guest.host_dedication_id"_s, m_hostDedication));
}

void ResourcesPage::connectSize()
{
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

void ResourcesPage::connectAdvanced()
{
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_swap, &QSpinBox::valueChanged, this, [this](int value) { edit([&](RunSpec &s) { s.swapSizeMb = value; }); });
    const auto writeRootfs = [this] {
        edit([&](RunSpec &s) {
            RootfsSpec rootfs = s.rootfs.value_or(RootfsSpec{});
            rootfs.sizeGb = m_rootfsSize->value();
            rootfs.persist = m_rootfsPersist->currentData().toString();
            if (rootfs == RootfsSpec{})
                s.rootfs.reset();
            else
                s.rootfs = rootfs;
        });
    };
    connect(m_rootfsSize, &QSpinBox::valueChanged, this, writeRootfs);
    connect(m_rootfsPersist, &QComboBox::activated, this, writeRootfs);
    connect(m_kernelArgs, &QLineEdit::textEdited, this, [this](const QString &text) {
        const std::optional<QStringList> words = ShellWords::split(text);
        if (!words)
            return; // an unfinished quote: wait for the rest
        edit([&](RunSpec &s) {
            if (words->isEmpty())
                s.guest.kernelArgs.reset();
            else
                s.guest.kernelArgs = *words;
        });
    });
    connect(m_hostDedication, &QLineEdit::textEdited, this, [this](const QString &text) { edit([&](RunSpec &s) { s.guest.hostDedicationId = text.trimmed(); }); });
}

QString ResourcesPage::title()
{
    return tr("Resources");
}

QStringList ResourcesPage::fields()
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
    const QSignalBlocker blockPreset(m_preset), blockKind(m_kind), blockCpus(m_cpus), blockMemory(m_memory), blockSwap(m_swap),
        blockRootfs(m_rootfsSize);
    m_swap->setValue(s.swapSizeMb);
    m_rootfsSize->setValue(s.rootfs ? s.rootfs->sizeGb : 0);
    m_rootfsPersist->setCurrentIndex(std::max(0, m_rootfsPersist->findData(s.rootfs ? s.rootfs->persist : QString())));
    if (!m_kernelArgs->hasFocus())
        m_kernelArgs->setText(s.guest.kernelArgs ? ShellWords::join(*s.guest.kernelArgs) : QString());
    if (m_hostDedication->text().trimmed() != s.guest.hostDedicationId)
        m_hostDedication->setText(s.guest.hostDedicationId);
    // Whatever is set under Advanced stays in view.
    if (s.swapSizeMb > 0 || s.rootfs || s.guest.kernelArgs || !s.guest.hostDedicationId.isEmpty())
        m_advancedToggle->setChecked(true);
    fillChoices(s.guest);
    const std::optional<VmSizing::Preset> preset = VmSizing::presetFor(s.guest);
    m_preset->setCurrentIndex(m_preset->findData(preset ? preset->name : QString()));
    m_kind->setCurrentIndex(m_kind->findData(s.guest.cpuKind));
    m_cpus->setCurrentIndex(m_cpus->findData(s.guest.cpus));
    m_cost->setText(tr("%1 while running, in %2").arg(Catalog::formatPrice(Catalog::monthlyPriceUsd(s.guest, s.region)),
                                                     s.region.isEmpty() ? tr("the base regions (iad, ewr)") : s.region));
    // A value the rules reject (from JSON or flags) stays in the spec and in
    // the field, never replaced by one the spec does not hold; the message says why.
    m_memory->setRange(std::min(m_memory->minimum(), s.guest.memoryMb), std::max(m_memory->maximum(), s.guest.memoryMb));
    if (m_memory->value() != s.guest.memoryMb)
        m_memory->setValue(s.guest.memoryMb);
}

} // namespace Flightdeck::Ui
