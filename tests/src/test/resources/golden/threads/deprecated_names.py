# threading's old camelCase names warn, located at the caller
import threading, warnings
warnings.simplefilter("always")
t = threading.current_thread()
t.isDaemon(); t.getName(); threading.currentThread(); threading.activeCount(); threading.Event().isSet()
