/** Always one click away: leaves for a neutral page and closes every Preserve tab. */
export function QuickExitButton({ onExit }: { onExit: () => void }) {
  return (
    <button type="button" class="quick-exit" onClick={onExit} title="Leave now for a neutral page (Alt+Shift+X)">
      Quick exit
    </button>
  );
}
