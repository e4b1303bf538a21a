import Glibc

/// Spawns a program with `posix_spawn` (output to /dev/null) and waits for it on its own
/// pthread, so a long announcement never blocks the cooperative pool.
final class ProcessRunner: @unchecked Sendable {
    let program: String
    let arguments: [String]
    let done: @Sendable () -> Void

    init(program: String, arguments: [String], done: @escaping @Sendable () -> Void) {
        self.program = program
        self.arguments = arguments
        self.done = done
    }

    func start() {
        let box = Unmanaged.passRetained(self)
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { raw in
            let runner = Unmanaged<ProcessRunner>.fromOpaque(raw!).takeRetainedValue()
            runner.runAndWait()
            return nil
        }, box.toOpaque())
        if started == 0 {
            pthread_detach(thread)
        } else {
            box.release()
            done()
        }
    }

    func runAndWait() {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        var pid = pid_t()
        let result = posix_spawn(&pid, program, &actions, nil, argv, environ)
        posix_spawn_file_actions_destroy(&actions)
        for pointer in argv { free(pointer) }
        if result == 0 {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        }
        done()
    }
}
