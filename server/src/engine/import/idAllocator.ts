import { nextFreeId } from '../authoring/newLesson';

/**
 * Hands out each locality's next free id for a run of new lessons: one past the highest id
 * of that prefix in the workspace, then one past the id handed out before, so two rows of
 * one import never get the same id. An id whose file already exists (a lesson whose id was
 * changed inside it) is passed over, as New Lesson does.
 */
export class IdAllocator {
  private readonly last = new Map<string, string>();

  constructor(
    private readonly existingIds: readonly string[],
    private readonly isTaken: (prefix: string, id: string) => boolean = () => false,
  ) {}

  next(prefix: string): string {
    const previous = this.last.get(prefix);
    let id = previous === undefined ? nextFreeId(prefix, this.existingIds) : nextFreeId(prefix, [previous]);
    while (this.isTaken(prefix, id)) id = nextFreeId(prefix, [id]);
    this.last.set(prefix, id);
    return id;
  }
}
