#include "ctimerfd.h"
#include <unistd.h>

int ctimerfd_wall_alarm(long long seconds, long nanoseconds) {
    int fd = timerfd_create(CLOCK_REALTIME, TFD_CLOEXEC);
    if (fd < 0) return -1;
    struct itimerspec spec = {.it_value = {.tv_sec = (time_t)seconds, .tv_nsec = nanoseconds}};
    if (timerfd_settime(fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, NULL) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int ctimerfd_fire_now(int fd) {
    struct itimerspec spec = {.it_value = {.tv_sec = 0, .tv_nsec = 1}};
    return timerfd_settime(fd, 0, &spec, NULL);
}
