// The yardstick for bench_coldstart: the smallest Qt Widgets window, built
// with the same compiler and flags as Flightdeck. It exits once painted.

#include <QApplication>
#include <QLabel>
#include <QTimer>

#include <cstdio>

namespace {

class PaintedLabel final : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        if (!m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, [] {
                std::puts("painted");
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    PaintedLabel label(QStringLiteral("Hello"));
    label.resize(1024, 700);
    label.show();
    return QApplication::exec();
}
