// Whether a process is still running: how grow tells a file a killed grow left behind (its
// name carries the process id) from one a grow still running is using.
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
