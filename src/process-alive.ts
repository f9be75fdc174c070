// Whether a process is still running: how grow tells a file a killed grow left behind (its
// name carries the process id) from one a grow still running is using. `anyUser`: a process
// of another user counts, as where several people's files meet; it does not where only the
// person's own grow can have written the file (the lock's holder, in lock.ts).
export function isRunning(pid: number, { anyUser = true } = {}): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return anyUser && (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
