import { describeDocStoreContract } from "./doc-store.contract";
import { MemoryStore } from "./memory-store";

describeDocStoreContract("memory", () => new MemoryStore());
