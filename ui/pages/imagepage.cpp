#include "ui/pages/imagepage.h"

#include "app/launch/imagebuilder.h"
#include "app/settings/appsettings.h"
#include "ui/preview/syntaxrepository.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/keyvaluetable.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Flightdeck::Ui {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

// Writes only when the text differs, so the cursor stays where the user types.
void showText(QLineEdit *edit, const QString &value)
{
    if (edit->text().trimmed() != value)
        edit->setText(value);
}

// A labelled line edit with a Browse button beside it.
void addBrowseRow(QFormLayout *form, const QString &label, QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    auto *buddy = new QLabel(label, edit->parentWidget());
    buddy->setBuddy(edit);
    form->addRow(buddy, row);
}

BuildSpec buildIn(const QString &folder)
{
    BuildSpec build;
    build.contextDir = folder;
    return build;
}

constexpr qint64 largestShownDockerfile = qint64(256) * 1024;

} // namespace

ImagePage::ImagePage(RunSpecDocument *document, AppSettings *settings, QWidget *parent)
    : StepPage(document, fields(), parent)
    , m_settings(settings)
    , m_fromRegistry(new QRadioButton(tr("An image from a &registry"), this))
    , m_fromDockerfile(new QRadioButton(tr("B&uild from a Dockerfile"), this))
    , m_image(lineEdit(this, u"imageEdit"_s, tr("Image reference"), tr("for example nginx:1.27 or registry.fly.io/my-app:latest")))
    //: a noun: the group of build settings (folder, Dockerfile, target)
    , m_buildBox(new QGroupBox(tr("Build"), this))
    , m_context(lineEdit(this, u"buildContextEdit"_s, tr("Build folder"), tr("the folder sent to the builder")))
    , m_dockerfile(lineEdit(this, u"dockerfileEdit"_s, tr("Dockerfile"), tr("empty: the folder's Dockerfile")))
    , m_engine(new QComboBox(this))
    , m_target(lineEdit(this, u"buildTargetEdit"_s, tr("Build target"), tr("optional: a stage of a multi-stage Dockerfile")))
    , m_noCache(new QCheckBox(tr("Do not use the build &cache"), this))
    , m_buildArgs(new KeyValueTable(u"buildArgs"_s, tr("Build arguments"), this, KeyValueTable::Mnemonics::Off)) // the build fields use its letters
    , m_dockerfileText(new QPlainTextEdit(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_dockerfileText->document()))
{
    m_fromRegistry->setObjectName(u"fromRegistry"_s);
    m_fromDockerfile->setObjectName(u"fromDockerfile"_s);
    auto *source = new QButtonGroup(this);
    source->addButton(m_fromRegistry);
    source->addButton(m_fromDockerfile);
    m_image->setProperty("jsonKey", u"image"_s);
    m_engine->setObjectName(u"engineCombo"_s);
    m_engine->setAccessibleName(tr("Image engine"));
    const QString found = ImageBuilder::findEngine();
    m_engine->addItem(found.isEmpty() ? tr("The first one installed (none found: install docker, podman or buildah)")
                                      : tr("The first one installed (here: %1)").arg(found),
                      QString());
    for (const QString &engine : {u"docker"_s, u"podman"_s, u"buildah"_s})
        m_engine->addItem(engine, engine);
    m_engine->setCurrentIndex(std::max(0, m_engine->findData(m_settings->imageEngine())));
    m_noCache->setObjectName(u"noCacheCheck"_s);
    m_buildArgs->setAccessibleName(tr("Build arguments"));
    m_dockerfileText->setObjectName(u"dockerfileText"_s);
    m_dockerfileText->setAccessibleName(tr("Dockerfile contents"));
    m_dockerfileText->setReadOnly(true);
    m_dockerfileText->setVisible(false); // until there is a Dockerfile to show
    m_dockerfileText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_dockerfileText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The Dockerfile syntax is loaded when there is a Dockerfile to show, not at start-up.
    layOut();
    readSpec(spec());
    connectEdits();
}

void ImagePage::layOut()
{
    auto *browseContext = new QPushButton(tr("Bro&wse…"), this);
    browseContext->setObjectName(u"buildContextBrowse"_s);
    auto *browseDockerfile = new QPushButton(tr("Brow&se…"), this);
    browseDockerfile->setObjectName(u"dockerfileBrowse"_s);

    auto *build = new QFormLayout(m_buildBox);
    addBrowseRow(build, tr("F&older:"), m_context, browseContext);
    build->addRow(QString(), addMessage(u"build.context"_s, m_context));
    addBrowseRow(build, tr("&Dockerfile:"), m_dockerfile, browseDockerfile);
    build->addRow(QString(), addMessage(u"build.dockerfile"_s, m_dockerfile));
    build->addRow(tr("Engin&e:"), m_engine);
    build->addRow(tr("&Target:"), m_target);
    build->addRow(QString(), m_noCache);
    auto *argsLabel = new QLabel(tr("Build ar&guments:"), this);
    argsLabel->setBuddy(m_buildArgs);
    build->addRow(argsLabel); // the table spans the box's width
    build->addRow(m_buildArgs);
    build->addRow(QString(), addMessage(u"build.args"_s, m_buildArgs));
    build->addRow(m_dockerfileText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fromRegistry);
    auto *imageRow = new QFormLayout;
    imageRow->addRow(tr("&Image:"), m_image);
    imageRow->addRow(QString(), addMessage(u"image"_s, m_image));
    layout->addLayout(imageRow);
    layout->addWidget(m_fromDockerfile);
    layout->addWidget(m_buildBox, 1);
    layout->addStretch(0);

    connect(browseContext, &QPushButton::clicked, this, [this] {
        const QString folder = Dialogs::folder(this, tr("Build folder"), m_context->text());
        if (!folder.isEmpty())
            editBuild([&](BuildSpec &b) { b.contextDir = folder; });
    });
    connect(browseDockerfile, &QPushButton::clicked, this, [this] {
        const QString file = Dialogs::openFile(this, tr("Dockerfile"), m_context->text());
        if (!file.isEmpty())
            editBuild([&](BuildSpec &b) { b.dockerfile = file; });
    });
}

void ImagePage::connectEdits()
{
    connect(m_fromRegistry, &QRadioButton::clicked, this, [this] { edit([](RunSpec &s) { s.build.reset(); }); });
    connect(m_fromDockerfile, &QRadioButton::clicked, this, [this] {
        edit([](RunSpec &s) {
            if (!s.build)
                s.build = buildIn(s.workingDir);
            s.image.clear();
        });
    });
    connect(m_image, &QLineEdit::textEdited, this, [this](const QString &text) { edit([&](RunSpec &s) { s.image = text.trimmed(); }); });
    connect(m_context, &QLineEdit::textEdited, this, [this](const QString &text) { editBuild([&](BuildSpec &b) { b.contextDir = text.trimmed(); }); });
    connect(m_dockerfile, &QLineEdit::textEdited, this, [this](const QString &text) { editBuild([&](BuildSpec &b) { b.dockerfile = text.trimmed(); }); });
    connect(m_target, &QLineEdit::textEdited, this, [this](const QString &text) { editBuild([&](BuildSpec &b) { b.target = text.trimmed(); }); });
    connect(m_noCache, &QCheckBox::toggled, this, [this](bool on) { editBuild([&](BuildSpec &b) { b.noCache = on; }); });
    connect(m_buildArgs, &KeyValueTable::edited, this, [this](const QMap<QString, QString> &args) { editBuild([&](BuildSpec &b) { b.args = args; }); });
    connect(m_engine, &QComboBox::activated, this, [this] {
        m_settings->setImageEngine(m_engine->currentData().toString());
        m_settings->sync();
    });
}

QString ImagePage::title()
{
    return tr("Image");
}

QStringList ImagePage::fields()
{
    return {u"image"_s, u"build"_s};
}

void ImagePage::editBuild(const std::function<void(BuildSpec &)> &change)
{
    edit([&](RunSpec &s) {
        BuildSpec build = s.build.value_or(buildIn(s.workingDir));
        change(build);
        s.build = build;
        s.image.clear();
    });
}

void ImagePage::readSpec(const RunSpec &s)
{
    const bool building = s.build.has_value();
    m_fromDockerfile->setChecked(building);
    m_fromRegistry->setChecked(!building);
    m_image->setEnabled(!building);
    m_buildBox->setEnabled(building);
    showText(m_image, building ? QString() : s.image);
    const BuildSpec build = s.build.value_or(BuildSpec{});
    showText(m_context, build.contextDir);
    showText(m_dockerfile, build.dockerfile);
    showText(m_target, build.target);
    if (m_noCache->isChecked() != build.noCache)
        m_noCache->setChecked(build.noCache);
    if (m_buildArgs->values() != build.args)
        m_buildArgs->setValues(build.args);
    showDockerfile(s);
}

void ImagePage::showDockerfile(const RunSpec &s)
{
    QString path;
    if (s.build) {
        const QDir base(s.workingDir.isEmpty() ? QDir::currentPath() : s.workingDir);
        const QString context = base.absoluteFilePath(s.build->contextDir.isEmpty() ? u"."_s : s.build->contextDir);
        path = s.build->dockerfile.isEmpty() ? QDir(context).filePath(u"Dockerfile"_s) : base.absoluteFilePath(s.build->dockerfile);
    }
    if (path == m_shownDockerfile)
        return;
    m_shownDockerfile = path;
    QString text;
    QFile file(path);
    if (!path.isEmpty() && QFileInfo(path).isFile() && file.size() <= largestShownDockerfile && file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.readAll());
    if (!text.isEmpty() && !m_highlighter->definition().isValid()) {
        m_highlighter->setDefinition(syntaxRepository().definitionForName(u"Dockerfile"_s));
        applyTheme();
    }
    m_dockerfileText->setPlainText(text);
    m_dockerfileText->setVisible(!text.isEmpty());
}

void ImagePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    StepPage::changeEvent(event);
}

void ImagePage::applyTheme()
{
    if (!m_highlighter->definition().isValid())
        return; // nothing highlighted yet
    applyThemeForPalette(m_highlighter, m_dockerfileText, palette());
}

} // namespace Flightdeck::Ui
