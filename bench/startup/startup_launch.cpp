// SPDX-License-Identifier: GPL-3.0-or-later
// Starts a program and prints the milliseconds from its exec until the X
// server maps its first top-level window (MapNotify on the root), then stops
// it. The same clock for any program, so an app and a bare Qt window compare.
//
//   bench_startup_launch PROGRAM [ARGS...]     (needs DISPLAY; run.sh starts Xvfb)
#include <X11/Xlib.h>

#include <csignal>
#include <cstdio>
#include <ctime>
#include <sys/select.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PROGRAM [ARGS...]\n", argv[0]);
        return 2;
    }
    Display *display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "cannot open the X display (DISPLAY unset?)\n");
        return 2;
    }
    const Window root = DefaultRootWindow(display);
    XSelectInput(display, root, SubstructureNotifyMask);
    XSync(display, False);

    const double start = nowMs();
    const pid_t child = fork();
    if (child == 0) {
        execvp(argv[1], argv + 1);
        std::perror("exec");
        _exit(127);
    }
    double mapped = -1;
    const int fd = ConnectionNumber(display);
    while (mapped < 0) {
        while (XPending(display)) {
            XEvent event;
            XNextEvent(display, &event);
            // A top-level window of the program (menus and tooltips are override-redirect).
            if (event.type == MapNotify && !event.xmap.override_redirect && event.xmap.event == root) {
                mapped = nowMs();
                break;
            }
        }
        if (mapped >= 0)
            break;
        int status = 0;
        if (waitpid(child, &status, WNOHANG) == child) {
            std::fprintf(stderr, "%s exited before mapping a window\n", argv[1]);
            return 1;
        }
        if (nowMs() - start > 30000) {
            std::fprintf(stderr, "no window mapped within 30 s\n");
            kill(child, SIGKILL);
            waitpid(child, nullptr, 0);
            return 1;
        }
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        timeval tv{0, 10000};
        select(fd + 1, &fds, nullptr, nullptr, &tv);
    }
    std::printf("%.1f\n", mapped - start);
    std::fflush(stdout);
    kill(child, SIGTERM);
    waitpid(child, nullptr, 0);
    XCloseDisplay(display);
    return 0;
}
