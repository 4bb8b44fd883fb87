/** The kit page's "Print" button (hidden without JavaScript: the browser's own print works). */
export function setUpPrintButton(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      window.print();
    });
  }
}
