using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace AnalisaAI.Api.Infrastructure.Threading;

/// <summary>
/// A few threads of their own, at a lower OS priority than the thread pool, for work that may wait while
/// requests are served: password hashing, the background metrics update. Work run here does not hold the
/// thread-pool threads the quick requests need, and a quick request takes a core from it whenever it needs
/// one; it gets every cycle left over, so it loses nothing on an idle instance. Continuations of async work
/// started here come back to these threads (they are its <see cref="TaskScheduler.Current"/>).
/// </summary>
public abstract class LowPriorityThreads : TaskScheduler, IDisposable
{
    private const int ProcessPriority = 0;

    [ThreadStatic]
    private static bool onLowPriorityThread;

    private readonly BlockingCollection<Task> queue = [];
    private readonly int niceness;

    /// <param name="name">The threads' name, numbered.</param>
    /// <param name="count">How many threads.</param>
    /// <param name="niceness">Linux nice value, 1 to 19 (0 is the requests'); a thread may always lower its own priority, never raise it.</param>
    protected LowPriorityThreads(string name, int count, int niceness)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(niceness, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(niceness, 19);
        MaximumConcurrencyLevel = count;
        this.niceness = niceness;
        for (var i = 1; i <= count; i++)
        {
            new Thread(Work) { IsBackground = true, Name = $"{name} {i}" }.Start();
        }
    }

    public override int MaximumConcurrencyLevel { get; }

    /// <summary>True on a thread of any <see cref="LowPriorityThreads"/>: such a thread must not hold what a request may wait for.</summary>
    public static bool IsCurrentThreadLowPriority => onLowPriorityThread;

    /// <summary>
    /// The one way work on these threads writes to the database: <paramref name="write"/> runs on the thread pool,
    /// at the requests' priority, continuations included, and the caller comes back here when it is done.
    /// <c>LowPriorityWriteGuard</c> refuses any write made on these threads directly.
    /// </summary>
    public static Task<T> AtRequestPriorityAsync<T>(Func<Task<T>> write) => Task.Run(write);

    /// <inheritdoc cref="AtRequestPriorityAsync{T}"/>
    public static Task AtRequestPriorityAsync(Func<Task> write) => Task.Run(write);

    /// <summary>Runs synchronous work (e.g. one PBKDF2 call) on one of the threads.</summary>
    public Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.DenyChildAttach, this);

    /// <summary>Runs async work on the threads, continuations included.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.DenyChildAttach, this).Unwrap();

    /// <summary>The threads end once the queue is empty; the queue is not disposed under them.</summary>
    public void Dispose()
    {
        queue.CompleteAdding();
        GC.SuppressFinalize(this);
    }

    protected override void QueueTask(Task task)
    {
        try
        {
            queue.Add(task);
        }
        catch (InvalidOperationException) when (queue.IsAddingCompleted)
        {
            // Stopping: what still comes (the last continuations of a run past the shutdown timeout) finishes on the pool.
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Scheduler.TryExecuteTask(state.Task), (Scheduler: this, Task: task), preferLocal: false);
        }
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

    protected override IEnumerable<Task> GetScheduledTasks() => queue.ToArray();

    private void Work()
    {
        onLowPriorityThread = true;
        LowerOwnPriority();
        foreach (var task in queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    private void LowerOwnPriority()
    {
        if (OperatingSystem.IsWindows())
        {
            Thread.CurrentThread.Priority = niceness < 15 ? ThreadPriority.BelowNormal : ThreadPriority.Lowest;
        }
        else if (OperatingSystem.IsLinux())
        {
            // .NET ignores Thread.Priority on Linux, where nice is per thread. Without it the work runs at normal
            // priority: a failure changes speed, not behaviour.
            try
            {
                _ = SetPriority(ProcessPriority, GetThreadId(), niceness);
            }
            catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
            {
            }
        }
    }

    [DllImport("libc", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetThreadId();
}
