#pragma once
// Linux timerfd, which Swift's Glibc module leaves out: a wall-clock alarm that also ends when
// the clock is set (TFD_TIMER_CANCEL_ON_SET), for the midnight rollover.
#include <sys/timerfd.h>
#include <time.h>

/// A CLOCK_REALTIME timerfd armed for `seconds` since the epoch that fails its read with
/// ECANCELED if the clock is set meanwhile; -1 and errno on failure.
int ctimerfd_wall_alarm(long long seconds, long nanoseconds);

/// Makes the alarm's pending read return now.
int ctimerfd_fire_now(int fd);
