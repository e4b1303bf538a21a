// Records the functions a program runs, in the order it first runs them, for
// scripts/function-order/generate (the linker's --symbol-ordering-file of queue-server).
//
//   ftrace ADDRESSES OUT -- PROGRAM ARGS...
//
// ADDRESSES: function entry points, hex offsets into PROGRAM (a PIE), one a line. ftrace runs
// PROGRAM under ptrace, puts an int3 on each entry point, and on each first hit writes the
// offset to OUT (line-buffered), puts the original byte back and lets the thread go on. Every
// thread is followed (PTRACE_O_TRACECLONE); SIGTERM/SIGINT to ftrace are passed on to PROGRAM.
// Linux x86-64 only; a tool for developers, never shipped.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

static uint64_t *addrs;
static unsigned char *orig;
static char *hit;
static size_t count;
static volatile sig_atomic_t forward_signal;

static int compare(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static long find(uint64_t a) {
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (addrs[mid] < a) lo = mid + 1; else hi = mid;
    }
    return lo < count && addrs[lo] == a ? (long)lo : -1;
}

static void on_signal(int sig) { forward_signal = sig; }

int main(int argc, char **argv) {
    if (argc < 5 || strcmp(argv[3], "--") != 0) {
        fprintf(stderr, "usage: ftrace ADDRESSES OUT -- PROGRAM ARGS...\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "r");
    if (!in) { perror(argv[1]); return 1; }
    size_t capacity = 1 << 16;
    addrs = malloc(capacity * sizeof *addrs);
    unsigned long long value;
    while (fscanf(in, "%llx", &value) == 1) {
        if (count == capacity) addrs = realloc(addrs, (capacity *= 2) * sizeof *addrs);
        addrs[count++] = value;
    }
    fclose(in);
    qsort(addrs, count, sizeof *addrs, compare);
    size_t unique = 0;
    for (size_t i = 0; i < count; i++)
        if (unique == 0 || addrs[unique - 1] != addrs[i]) addrs[unique++] = addrs[i];
    count = unique;
    orig = malloc(count);
    hit = calloc(count, 1);
    FILE *out = fopen(argv[2], "w");
    if (!out) { perror(argv[2]); return 1; }
    setvbuf(out, NULL, _IOLBF, 0);

    pid_t child = fork();
    if (child == 0) {
        ptrace(PTRACE_TRACEME, 0, 0, 0);
        execv(argv[4], argv + 4);
        perror(argv[4]);
        _exit(127);
    }
    int status;
    waitpid(child, &status, 0);  // stopped after execve: the program is mapped, not yet run

    char path[64], line[4608], exe[4096];
    snprintf(path, sizeof path, "/proc/%d/exe", child);
    ssize_t length = readlink(path, exe, sizeof exe - 1);
    if (length < 0) { perror(path); return 1; }
    exe[length] = 0;
    snprintf(path, sizeof path, "/proc/%d/maps", child);
    FILE *maps = fopen(path, "r");
    uint64_t base = 0;
    while (fgets(line, sizeof line, maps)) {
        if (strstr(line, exe)) {
            unsigned long long start, end, offset;
            sscanf(line, "%llx-%llx %*s %llx", &start, &end, &offset);
            base = start - offset;
            break;
        }
    }
    fclose(maps);
    snprintf(path, sizeof path, "/proc/%d/mem", child);
    int mem = open(path, O_RDWR);
    const unsigned char int3 = 0xCC;
    for (size_t i = 0; i < count; i++) {
        if (pread(mem, &orig[i], 1, base + addrs[i]) != 1 || pwrite(mem, &int3, 1, base + addrs[i]) != 1) {
            perror("ftrace: cannot set a breakpoint");
            return 1;
        }
    }
    fprintf(stderr, "ftrace: %zu breakpoints\n", count);

    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;  // no SA_RESTART: waitpid returns EINTR
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGINT, &action, NULL);
    ptrace(PTRACE_SETOPTIONS, child, 0, PTRACE_O_TRACECLONE | PTRACE_O_EXITKILL);
    ptrace(PTRACE_CONT, child, 0, 0);

    size_t hits = 0;
    int exit_code = 0;
    for (;;) {
        pid_t thread = waitpid(-1, &status, __WALL);
        if (thread < 0) {
            if (errno == EINTR) {
                if (forward_signal) kill(child, forward_signal);
                forward_signal = 0;
                continue;
            }
            break;
        }
        if (WIFEXITED(status) || WIFSIGNALED(status)) {
            if (thread == child) {
                exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
                break;
            }
            continue;
        }
        if (!WIFSTOPPED(status)) continue;
        int sig = WSTOPSIG(status);
        if (sig == SIGTRAP && (status >> 16) == PTRACE_EVENT_CLONE) { ptrace(PTRACE_CONT, thread, 0, 0); continue; }
        if (sig == SIGSTOP && (status >> 16) == 0) { ptrace(PTRACE_CONT, thread, 0, 0); continue; }  // a new thread
        if (sig == SIGTRAP) {
            struct user_regs_struct regs;
            ptrace(PTRACE_GETREGS, thread, 0, &regs);
            long i = find(regs.rip - 1 - base);
            if (i >= 0) {
                if (!hit[i]) {
                    hit[i] = 1;
                    hits++;
                    pwrite(mem, &orig[i], 1, base + addrs[i]);
                    fprintf(out, "%llx\n", (unsigned long long)addrs[i]);
                }
                regs.rip -= 1;  // run the original instruction
                ptrace(PTRACE_SETREGS, thread, 0, &regs);
                ptrace(PTRACE_CONT, thread, 0, 0);
                continue;
            }
        }
        ptrace(PTRACE_CONT, thread, 0, sig);
    }
    fclose(out);
    fprintf(stderr, "ftrace: %zu functions run\n", hits);
    return exit_code;
}
