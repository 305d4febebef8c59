import { describeAccessStoreContract } from "./access-store.contract";
import { MemoryAccessStore } from "./memory-access-store";
import { MemoryStore } from "./memory-store";

describeAccessStoreContract("memory", () => {
  const docs = new MemoryStore();
  return { docs, access: new MemoryAccessStore(docs) };
});
