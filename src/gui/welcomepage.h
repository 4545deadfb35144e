// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace peaka::gui {

// Shown on first start, when there is no connection yet; while the saved
// connections' keys are read at start it says "Connecting…" instead.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    // Hides "Explore with demo data" when the app was built without the demo server.
    void setDemoAvailable(bool available);
    // "Connecting…" in place of the welcome (not a choice to make yet).
    void setConnecting(bool connecting);
    bool isConnecting() const;

Q_SIGNALS:
    void addConnectionRequested();
    void demoRequested();

private:
    QWidget *m_welcome;
    QLabel *m_connecting;
    QPushButton *m_add;
    QPushButton *m_demo;
};

} // namespace peaka::gui
