import type { Page } from '@playwright/test';
import { formatBytes, LIMITS } from '@/data/dataset-limits';
import { datasetToCsv } from '@/data/dataset-to-csv';
import type { Dataset } from '@/data/schema';
import {
  articleData,
  datasetOrigin,
  datasetProblems,
  openDatasetFile,
  OPEN_LABEL,
  viewSnapshot,
  waitForApp,
} from './dataset-files';
import {
  chartCard,
  downloadedText,
  downloadFrom,
  expect,
  queryOf,
  svgText,
  test,
} from './fixtures';

/** The article's prevention figures alone, under another title: clearly not the article. */
function preventionDataset(): Dataset {
  const data = articleData();
  const metrics = data.metrics.filter((m) => m.category === 'prevention');
  return { ...data, source: { ...data.source, title: '我的数据集' }, metrics };
}

test.describe('a valid file', () => {
  test('replaces the view, says which file it shows, and the way back restores the article', async ({
    page,
  }) => {
    await page.goto('/?year=2023&category=overall');
    await expect(datasetOrigin(page)).toHaveText('数据：本文报道（33 个数字）');
    const mine = preventionDataset();
    await openDatasetFile(page, 'my-figures.json', JSON.stringify(mine));

    await expect(datasetOrigin(page)).toHaveText(
      `数据：你打开的文件 my-figures.json（${mine.metrics.length} 个数字）`,
    );
    await expect(page.getByTestId('article-title')).toHaveText('我的数据集');
    await expect(page.getByTestId('figure-count')).toHaveText(`共 ${mine.metrics.length} 个数字`);
    // Other data, other view: the filters of the article's view are gone.
    expect(queryOf(page)).toEqual({});
    await expect(svgText(chartCard(page, 'intercepts'), '44.13万次')).toHaveCount(1);
    await expect(page).toHaveTitle('湖北反电诈数据看板 · 我的数据集');

    await page.getByRole('button', { name: '返回本文数据' }).click();
    await expect(datasetOrigin(page)).toHaveText('数据：本文报道（33 个数字）');
    await expect(page.getByTestId('article-title')).toHaveText('湖北多维发力遏制电诈高发态势');
    await expect(page.getByTestId('figure-count')).toHaveText('共 33 个数字');
    await expect(page.getByRole('button', { name: '返回本文数据' })).toHaveCount(0);
  });

  test('keeps the language, in English too', async ({ page }) => {
    await page.goto('/?lang=en&year=2024');
    await openDatasetFile(page, 'mine.json', JSON.stringify(preventionDataset()), OPEN_LABEL.en);
    await expect(datasetOrigin(page)).toHaveText(/^Data: your file mine\.json \(\d+ figures\)$/);
    expect(queryOf(page)).toEqual({ lang: 'en' });
    await page.getByRole('button', { name: 'Back to the article’s data' }).click();
    await expect(datasetOrigin(page)).toHaveText('Data: the article (33 figures)');
  });

  test('a CSV opens the same way, with its figures on the charts', async ({ page }) => {
    await page.goto('/');
    const mine = preventionDataset();
    await openDatasetFile(page, 'figures.csv', datasetToCsv(mine));
    await expect(datasetOrigin(page)).toHaveText(
      `数据：你打开的文件 figures.csv（${mine.metrics.length} 个数字）`,
    );
    await expect(svgText(chartCard(page, 'intercepts'), '44.13万次')).toHaveCount(1);
    await expect(svgText(chartCard(page, 'intercepts'), '2万余个号码')).toHaveCount(1);
  });

  test('both templates download, and each opens as a valid dataset', async ({ page }) => {
    await page.goto('/');
    for (const [button, name] of [
      ['JSON 模板', 'dataset-template.json'],
      ['CSV 模板', 'dataset-template.csv'],
    ] as const) {
      const download = await downloadFrom(page, page.getByRole('button', { name: button }));
      expect(download.suggestedFilename()).toBe(name);
      const text = await downloadedText(download);
      await openDatasetFile(page, name, text);
      await expect(datasetOrigin(page)).toHaveText(`数据：你打开的文件 ${name}（5 个数字）`);
      await expect(datasetProblems(page)).toHaveCount(0);
    }
  });
});

test.describe('a refused file', () => {
  test('lists its problems, the first 20 and a count of the rest, and changes nothing', async ({
    page,
  }) => {
    await page.goto('/?year=2023&category=prevention');
    await expect(page.getByTestId('figure-count')).not.toHaveText('共 33 个数字');
    const before = await viewSnapshot(page);

    const data = articleData();
    const broken = {
      ...data,
      metrics: data.metrics.slice(0, 25).map((m) => ({ ...m, value: String(m.value) })),
    };
    await openDatasetFile(page, 'bad.json', JSON.stringify(broken));

    const problems = datasetProblems(page);
    await expect(problems).toHaveAttribute('role', 'alert');
    await expect(problems).toContainText(
      '无法打开 bad.json：发现 25 个问题。页面上的数据没有改变。',
    );
    await expect(problems.getByRole('listitem')).toHaveCount(20);
    await expect(problems.getByRole('listitem').first()).toHaveText(
      'metrics[0].value: expected a number, got "31"',
    );
    await expect(problems.getByTestId('more-problems')).toHaveText('另有 5 个问题未列出。');
    expect(await viewSnapshot(page)).toEqual(before);

    await problems.getByRole('button', { name: '关闭提示' }).click();
    await expect(problems).toHaveCount(0);
    expect(await viewSnapshot(page)).toEqual(before);
  });

  test('leaves an opened file on screen too', async ({ page }) => {
    await page.goto('/');
    await openDatasetFile(page, 'mine.json', JSON.stringify(preventionDataset()));
    await expect(datasetOrigin(page)).toContainText('mine.json');
    const before = await viewSnapshot(page);
    await openDatasetFile(page, 'broken.csv', 'id,title_zh\n1,2\n');
    await expect(datasetProblems(page)).toContainText('line 1: missing column "title_en"');
    expect(await viewSnapshot(page)).toEqual(before);
  });
});

/** Each broken file, and the message a reader gets for it. */
function brokenFiles(): { name: string; content: string | Buffer; message: string }[] {
  const data = articleData();
  const csv = datasetToCsv(data);
  const [header = '', ...rows] = csv.split('\r\n');
  const valueAt = header.split(',').indexOf('value');
  const withValue = (value: string) => {
    const cells = (rows[0] ?? '').split(',');
    cells[valueAt] = value;
    return [header, cells.join(','), ...rows.slice(1)].join('\r\n');
  };
  const edited = (change: (d: Dataset) => void) => {
    const copy = articleData();
    change(copy);
    return JSON.stringify(copy);
  };
  return [
    { name: 'empty.json', content: '', message: 'the file is empty' },
    { name: 'notes.json', content: 'metrics: 33', message: 'not valid JSON: ' },
    {
      name: 'gbk.csv',
      content: Buffer.from([0x69, 0x64, 0x2c, 0xba, 0xfe, 0xb1, 0xb1, 0x0a]),
      message: 'the file is not UTF-8 text',
    },
    {
      name: 'big.json',
      content: Buffer.alloc(LIMITS.fileBytes + 1024 * 1024, 0x20),
      message: `the file is ${formatBytes(LIMITS.fileBytes + 1024 * 1024)}; the limit is ${formatBytes(LIMITS.fileBytes)}`,
    },
    {
      name: 'deep.json',
      content: '['.repeat(100_000) + ']'.repeat(100_000),
      message: 'the JSON is nested more than 32 levels deep',
    },
    {
      name: 'nan.csv',
      content: withValue('NaN'),
      message: 'line 2, value: expected a number, got "NaN"',
    },
    {
      name: 'infinity.csv',
      content: withValue('Infinity'),
      message: 'line 2, value: expected a number, got "Infinity"',
    },
    {
      name: 'string-number.json',
      content: edited((d) => {
        (d.metrics[12] as { value: unknown }).value = '2万余';
      }),
      message: 'metrics[12].value: expected a number, got "2万余"',
    },
    {
      name: 'duplicate.json',
      content: edited((d) => {
        if (d.metrics[1] && d.metrics[0]) d.metrics[1].id = d.metrics[0].id;
      }),
      message: 'metrics[1].id: duplicate id "coordination-member-units"',
    },
    {
      name: 'unknown-agency.json',
      content: edited((d) => {
        d.metrics[0]?.agencies.push('nobody');
      }),
      message: 'metrics[0].agencies[1]: unknown agency id "nobody"',
    },
    {
      name: 'no-number.json',
      content: edited((d) => {
        if (d.metrics[0]) d.metrics[0].quote = '整合多个单位资源力量';
      }),
      message: 'metrics[0].quote: does not contain the figure\'s valueText "31"',
    },
    {
      name: 'long.json',
      content: edited((d) => {
        if (d.metrics[0]) d.metrics[0].title.zh = '长'.repeat(100_000);
      }),
      message: 'metrics[0].title.zh: too long: 100,000 characters, at most 200',
    },
  ];
}

async function expectRefused(page: Page, message: string) {
  await expect(datasetProblems(page)).toContainText(message);
}

test('every kind of broken file gets its own message, and the view never changes', async ({
  page,
}) => {
  await page.goto('/?year=2024');
  await expect(page.getByTestId('figure-count')).not.toHaveText('共 33 个数字');
  const before = await viewSnapshot(page);
  for (const { name, content, message } of brokenFiles()) {
    await openDatasetFile(page, name, content);
    await expectRefused(page, `无法打开 ${name}`);
    await expectRefused(page, message);
    expect(await viewSnapshot(page), name).toEqual(before);
  }
});

test.describe('other ways to open a file', () => {
  test('drop a file anywhere on the page', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const json = JSON.stringify(preventionDataset());
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return data;
    }, json);
    await expect(async () => {
      await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
      await expect(page.getByTestId('drop-overlay')).toHaveText('松开以打开这个数据文件', {
        timeout: 500,
      });
    }).toPass();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
    await expect(datasetOrigin(page)).toContainText('你打开的文件 dropped.json');
  });

  test('dropping two files at once opens neither', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    const before = await viewSnapshot(page);
    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['{}'], 'a.json'));
      data.items.add(new File(['{}'], 'b.json'));
      return data;
    });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(datasetProblems(page)).toContainText('open one file at a time');
    expect(await viewSnapshot(page)).toEqual(before);
  });

  test('keyboard only: Tab reaches the picker, Enter opens it', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    // Listening first: the browser must hand the chooser to the test, not open its own.
    const chooserShown = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '深色' }).focus();
    await page.keyboard.press('Tab');
    const input = page.getByLabel(OPEN_LABEL.zh, { exact: true });
    await expect(input).toBeFocused();
    await expect(page.getByText(OPEN_LABEL.zh, { exact: true })).toBeVisible();
    await page.keyboard.press('Enter');
    const chooser = await chooserShown;
    await chooser.setFiles({
      name: 'keyboard.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(preventionDataset())),
    });
    await expect(datasetOrigin(page)).toContainText('你打开的文件 keyboard.json');
  });
});
